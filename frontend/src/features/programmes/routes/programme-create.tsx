// /programmes/new — on success, go to the new programme (with its default stages).
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';
import { useCreateProgramme } from '@/features/programmes/api/create-programme';
import { ProgrammeForm } from '@/features/programmes/components/programme-form';

export function ProgrammeCreateRoute() {
  const { t } = useTranslation();
  usePageTitle(t('programmes.createTitle'));
  const navigate = useNavigate();
  const creation = useCreateProgramme();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('programmes.createTitle')}</h1>
      <ProgrammeForm
        submitting={creation.isPending}
        error={creation.error}
        cancelTo="/programmes"
        onSubmit={(request) =>
          creation.mutate(request, {
            onSuccess: ({ data }) =>
              navigate(`/programmes/${data.id}`, { state: { notice: t('programmes.created', { name: data.name }) } }),
          })
        }
      />
    </>
  );
}
