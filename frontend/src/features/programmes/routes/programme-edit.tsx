// /programmes/:id/edit — saves with If-Match; a 412 offers to load the latest version.
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { useProgramme } from '@/features/programmes/api/get-programme';
import { useUpdateProgramme } from '@/features/programmes/api/update-programme';
import { ProgrammeForm } from '@/features/programmes/components/programme-form';

export function ProgrammeEditRoute() {
  const { t } = useTranslation();
  usePageTitle(t('programmes.editTitle'));
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const programme = useProgramme(id);
  const update = useUpdateProgramme();

  const reload = async () => {
    await programme.refetch();
    update.reset();
  };

  return (
    <>
      <h1 className="utrecht-heading-1">{t('programmes.editTitle')}</h1>
      {programme.isPending ? (
        <Loading shape="form" />
      ) : programme.isError ? (
        <ProblemAlert error={programme.error} />
      ) : (
        <ProgrammeForm
          key={programme.data.etag}
          programme={programme.data.data}
          submitting={update.isPending}
          error={update.error}
          cancelTo={`/programmes/${id}`}
          onReload={() => void reload()}
          onSubmit={(body) =>
            update.mutate(
              { id, etag: programme.data.etag, body },
              {
                onSuccess: ({ data }) =>
                  navigate(`/programmes/${id}`, { state: { notice: t('programmes.updated', { name: data.name }) } }),
              },
            )
          }
        />
      )}
    </>
  );
}
