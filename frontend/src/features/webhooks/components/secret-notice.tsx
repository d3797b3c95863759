// The signing secret, shown once: after create and after a rotation. It says plainly that it
// will not be shown again, and copies to the clipboard.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { useFormat } from '@/lib/format';

interface SecretNoticeProps {
  secret: string;
  previousSecretValidUntil?: string;
  onDone: () => void;
}

export function SecretNotice({ secret, previousSecretValidUntil, onDone }: SecretNoticeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // no clipboard (an old browser, no permission): the key can still be selected by hand
      setCopied(false);
    }
  };
  return (
    <section className="utrecht-alert utrecht-alert--warning secret-notice" aria-labelledby="webhook-secret-title">
      <div className="utrecht-alert__content">
        <h2 id="webhook-secret-title" className="utrecht-heading-3">
          {t('webhooks.secret.title')}
        </h2>
        <p>{t('webhooks.secret.explanation')}</p>
        <p>
          <code className="secret-notice__value">{secret}</code>
        </p>
        {previousSecretValidUntil && (
          <p>{t('webhooks.secret.previousUntil', { until: format.date(previousSecretValidUntil) })}</p>
        )}
        <div className="button-row">
          <Button appearance="primary" onClick={() => void copy()}>
            {copied ? t('webhooks.secret.copied') : t('webhooks.secret.copy')}
          </Button>
          <Button onClick={onDone}>{t('webhooks.secret.done')}</Button>
        </div>
      </div>
    </section>
  );
}
