// Shows an error from the API (or the network) in words the user understands.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { isApiProblem } from '@/lib/problem';

interface ProblemAlertProps {
  error: unknown;
  /** Offered when the record changed underneath the user (412). */
  onReload?: () => void;
  /** Overrides the message for a given HTTP status, e.g. a 409 on delete. */
  messages?: Partial<Record<number, string>>;
}

export function ProblemAlert({ error, onReload, messages }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;

  let message: string;
  let detail: string | undefined;
  let stale = false;
  if (isApiProblem(error)) {
    const override = messages?.[error.status];
    stale = error.isStale;
    if (override) message = override;
    else if (stale) message = t('problem.stale');
    else if (error.status === 400 && error.errors.length > 0) message = t('problem.validation');
    else if (error.isForbiddenValue) message = t('problem.forbiddenValue');
    else if (error.status === 403) message = t('problem.forbidden');
    else if (error.status === 404) message = t('problem.notFound');
    else if (error.status === 409) message = t('problem.conflict');
    else message = error.title;
    // with field errors the detail only repeats them, prefixed with the API's field names: the
    // messages show at the fields instead
    if (!stale && error.detail && error.detail !== message && error.errors.length === 0) detail = error.detail;
  } else {
    message = t('problem.network');
  }

  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="alert-title">{message}</p>
          {detail && <p>{detail}</p>}
          {stale && onReload && (
            <Button appearance="secondary" onClick={onReload}>
              {t('problem.reload')}
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
