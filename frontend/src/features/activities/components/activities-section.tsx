// Activities with a company, and the form to record a new one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { useActingPartner, useCan } from '@/shared/authorization';
import { useCreateActivity } from '@/features/activities/api/create-activity';
import { DownloadButtons } from '@/components/download-buttons';
import { exportCompanyActivities } from '@/features/activities/api/export-activities';
import { useCompanyActivities } from '@/features/activities/api/get-company-activities';
import { ActivitiesList } from '@/features/activities/components/activities-list';
import { ActivityForm } from '@/features/activities/components/activity-form';

export function ActivitiesSection({ companyId }: { companyId: number }) {
  const { t } = useTranslation();
  const activities = useCompanyActivities(companyId);
  const canWrite = useCan('activities:write');
  const canImport = useCan('imports:write');
  const { actsForNetwork } = useActingPartner();
  const creation = useCreateActivity();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="section" aria-labelledby="activities-title" id="activities">
      <div className="page-heading">
        <h2 id="activities-title" className="utrecht-heading-2">
          {t('activities.title')}
        </h2>
        {((canWrite && !adding) || canImport) && (
          <div className="page-actions">
            {canImport && <ButtonLink to="/imports?kind=activities">{t('activities.import')}</ButtonLink>}
            {canWrite && !adding && (
              <Button
                onClick={() => {
                  creation.reset();
                  setNotice(null);
                  setAdding(true);
                }}
              >
                {t('activities.add')}
              </Button>
            )}
          </div>
        )}
      </div>
      <p>{t('activities.intro')}</p>
      <StatusMessage message={notice} />
      {adding && (
        <div className="subsection">
          <h3 className="utrecht-heading-3">{t('activities.addTitle')}</h3>
          <ActivityForm
            companyId={companyId}
            actsForNetwork={actsForNetwork}
            saving={creation.isPending}
            error={creation.error}
            onCancel={() => setAdding(false)}
            onSubmit={(request) =>
              creation.mutate(request, {
                onSuccess: () => {
                  setAdding(false);
                  setNotice(t('activities.added'));
                },
              })
            }
          />
        </div>
      )}
      {activities.isPending ? (
        <Loading />
      ) : activities.isError ? (
        <ProblemAlert error={activities.error} />
      ) : activities.data.items.length === 0 ? (
        <p>{t('activities.empty')}</p>
      ) : (
        <>
          <ActivitiesList activities={activities.data.items} />
          <DownloadButtons
            what={t('activities.title')}
            download={(format, language) => exportCompanyActivities(companyId, format, language)}
          />
        </>
      )}
    </section>
  );
}
