// /programmes/:id — the programme, its funnel stages and its targets.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useCan } from '@/shared/authorization';
import { useDeleteProgramme } from '@/features/programmes/api/delete-programme';
import { useProgramme } from '@/features/programmes/api/get-programme';
import { usePeriodLabel } from '@/features/programmes/components/labels';
import { StagesSection } from '@/features/programmes/components/stages-section';
import { TargetsSection } from '@/features/programmes/components/targets-section';

export function ProgrammeDetailRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const id = Number(useParams().id);
  const programme = useProgramme(id);
  const period = usePeriodLabel();
  const canWrite = useCan('programmes:write');
  const canDelete = useCan('programmes:delete');
  const removal = useDeleteProgramme();
  const [confirming, setConfirming] = useState(false);
  usePageTitle(programme.data?.data.name ?? t('programmes.title'));
  const notice = (location.state as { notice?: string } | null)?.notice;

  if (programme.isPending) return <Loading />;
  if (programme.isError) {
    return (
      <>
        <h1 className="utrecht-heading-1">{t('programmes.title')}</h1>
        <ProblemAlert error={programme.error} />
      </>
    );
  }
  const data = programme.data.data;

  const confirmDelete = () =>
    removal.mutate(data, {
      onSuccess: () =>
        navigate('/programmes', { state: { notice: t('programmes.deleted', { name: data.name }) } }),
      onSettled: () => setConfirming(false),
    });

  return (
    <>
      <p className="back-link">
        <Link className="utrecht-link" to="/programmes">
          <span aria-hidden="true">← </span>
          {t('programmes.title')}
        </Link>
      </p>
      <div className="page-heading">
        <h1 className="utrecht-heading-1">{data.name}</h1>
        <div className="button-row">
          {canWrite && <ButtonLink to={`/programmes/${id}/edit`}>{t('common.edit')}</ButtonLink>}
          {canDelete && (
            <Button appearance="danger" onClick={() => setConfirming(true)}>
              {t('common.delete')}
            </Button>
          )}
        </div>
      </div>
      <StatusMessage message={notice} />
      <ProblemAlert error={removal.error} />
      <section className="section" aria-labelledby="details-title">
        <h2 id="details-title" className="utrecht-heading-2 visually-hidden">
          {t('programmes.details')}
        </h2>
        {data.description && <p className="lead">{data.description}</p>}
        <dl className="details">
          <div>
            <dt>{t('programmes.fields.themes')}</dt>
            <dd>
              {data.themes.length > 0 ? (
                <ul className="tags">
                  {data.themes.map((theme) => (
                    <li key={theme}>{t(`programmes.theme.${theme}`)}</li>
                  ))}
                </ul>
              ) : (
                t('common.none')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('programmes.fields.period')}</dt>
            <dd>{period(data)}</dd>
          </div>
        </dl>
      </section>
      <StagesSection programmeId={id} />
      <TargetsSection programmeId={id} />
      <ConfirmDialog
        open={confirming}
        title={t('programmes.deleteTitle')}
        message={t('programmes.deleteConfirm', { name: data.name })}
        confirmLabel={t('common.delete')}
        busy={removal.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
