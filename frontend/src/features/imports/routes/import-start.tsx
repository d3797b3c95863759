// /imports?kind=companies — step 1 of the import wizard: choose what to import and the file.
// The companies page (and the activities on a company page) link here with their kind preset.
// On upload the job's own page takes over: /imports/:id.
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';
import { useFormat } from '@/lib/format';
import { useUploadImport } from '@/features/imports/api/upload-import';
import { kindFromParam, kindParam } from '@/features/imports/api/types';
import { ChooseFileForm } from '@/features/imports/components/choose-file-form';
import { EarlierImports } from '@/features/imports/components/earlier-imports';
import { WizardSteps } from '@/features/imports/components/wizard-steps';
import { describeUploadProblem } from '@/features/imports/utils/messages';

export function ImportStartRoute() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = kindFromParam(searchParams.get('kind'));
  const upload = useUploadImport();
  const title = t(`imports.titleOf.${kind}`);
  usePageTitle(title);
  // one object per refusal: the form moves focus to the file picker when it changes
  const problem = useMemo(
    () => (upload.isError ? describeUploadProblem(t, locale, kind, upload.error) : null),
    [upload.isError, upload.error, t, locale, kind],
  );

  return (
    <>
      <p className="back-link">
        <Link className="utrecht-link" to="/companies">
          <span aria-hidden="true">← </span>
          {t('companies.title')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="lead">{t('imports.intro')}</p>
      <WizardSteps current="choose" />
      <h2 className="utrecht-heading-2">{t('imports.steps.choose')}</h2>
      <ChooseFileForm
        kind={kind}
        onKindChange={(next) => {
          upload.reset();
          setSearchParams({ kind: kindParam(next) }, { replace: true });
        }}
        uploading={upload.isPending}
        problem={problem}
        onFileChange={() => upload.reset()}
        onSubmit={(file) => upload.mutate({ kind, file }, { onSuccess: (job) => navigate(`/imports/${job.id}`) })}
      />
      <EarlierImports />
    </>
  );
}
