// /aanmelden/annuleren?token=… — the link in the ticket mail: cancel after a confirmation (no login).
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useCancelPublicRegistration } from '@/features/public-events/api/cancel-public-registration';

export function CancelRegistrationRoute() {
  const { t } = useTranslation();
  usePageTitle(t('publicEvents.cancel.title'));
  const token = useSearchParams()[0].get('token')?.trim() ?? '';
  const cancellation = useCancelPublicRegistration();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('publicEvents.cancel.title')}</h1>
      <StatusMessage message={cancellation.isSuccess ? t('publicEvents.cancel.done') : null} />
      {!token ? (
        <p role="alert">{t('publicEvents.cancel.missingToken')}</p>
      ) : (
        !cancellation.isSuccess && (
          <>
            <p>{t('publicEvents.cancel.intro')}</p>
            <ProblemAlert
              error={cancellation.error}
              messages={{ 404: t('publicEvents.cancel.notFound'), 409: t('publicEvents.cancel.notFound') }}
            />
            <Button
              appearance="primary"
              disabled={cancellation.isPending}
              busy={cancellation.isPending}
              onClick={() => cancellation.mutate(token)}
            >
              {t('publicEvents.cancel.confirm')}
            </Button>
          </>
        )
      )}
    </>
  );
}
