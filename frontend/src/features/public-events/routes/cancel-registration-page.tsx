// /aanmelden/annuleren?code=… — the cancel link in the ticket mail: cancel after a confirmation
// (no login). Links from before carried ?token= (the ticket's token, which cancels nothing any
// more); their owners were mailed a new link, which the page tells them.
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useCancelPublicRegistration } from '@/features/public-events/api/cancel-public-registration';

function Notice({ title, text }: { title: string; text: string }) {
  return (
    <div className="utrecht-alert utrecht-alert--warning" role="alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="alert-title">{title}</p>
          <p>{text}</p>
        </div>
      </div>
    </div>
  );
}

export function CancelRegistrationRoute() {
  const { t } = useTranslation();
  usePageTitle(t('publicEvents.cancel.title'));
  const [searchParams] = useSearchParams();
  const code = searchParams.get('code')?.trim() ?? '';
  const oldLink = !code && searchParams.has('token');
  const cancellation = useCancelPublicRegistration();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('publicEvents.cancel.title')}</h1>
      <StatusMessage message={cancellation.isSuccess ? t('publicEvents.cancel.done') : null} />
      {oldLink ? (
        <Notice title={t('publicEvents.cancel.oldLinkTitle')} text={t('publicEvents.cancel.oldLink')} />
      ) : !code ? (
        <Notice title={t('publicEvents.cancel.missingCodeTitle')} text={t('publicEvents.cancel.missingCode')} />
      ) : (
        !cancellation.isSuccess && (
          <>
            <p>{t('publicEvents.cancel.intro')}</p>
            <ProblemAlert
              error={cancellation.error}
              messages={{
                404: t('publicEvents.cancel.notValid'),
                409: t('publicEvents.cancel.tooLate'),
                429: t('publicEvents.cancel.tooMany'),
              }}
            />
            <Button
              appearance="primary"
              disabled={cancellation.isPending}
              busy={cancellation.isPending}
              onClick={() => cancellation.mutate(code)}
            >
              {t('publicEvents.cancel.confirm')}
            </Button>
          </>
        )
      )}
    </>
  );
}
