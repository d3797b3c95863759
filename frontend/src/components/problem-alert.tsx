// Shows an error from the API (or the network) in words the user understands: worded from the
// problem's type and code, never the API's English detail.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { isApiProblem } from '@/lib/problem';
import { describeProblem } from '@/lib/problem-text';

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
  let stale = false;
  if (isApiProblem(error)) {
    const override = messages?.[error.status];
    stale = error.isStale;
    if (override) message = override;
    else if (stale) message = t('problem.stale');
    else if (error.status === 400 && error.errors.length > 0) message = t('problem.validation');
    else if (error.isForbiddenValue) message = t('problem.forbiddenValue');
    else message = describeProblem(t, error);
  } else {
    message = t('problem.network');
  }

  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="alert-title">{message}</p>
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
