// Steps 4 and 5: the bar fills while the job runs (the page polls it); when it is over the
// result follows below it — what was done, the rejected rows to download, and where to go next.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { isFinished, kindParam, type ImportJob } from '@/features/imports/api/types';
import { DownloadRejectedButton } from '@/features/imports/components/download-rejected-button';
import { ImportCounts } from '@/features/imports/components/import-counts';
import { ProgressBar } from '@/features/imports/components/progress-bar';

function stateMessage(t: TFunction, job: ImportJob): string {
  switch (job.state) {
    case 'QUEUED':
      return t('imports.progress.queued');
    case 'SUCCEEDED':
      return t('imports.result.succeeded');
    case 'FAILED':
      return t('imports.result.failed');
    default:
      return t('imports.progress.running');
  }
}

export function ProgressStep({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const finished = isFinished(job);
  return (
    <>
      <ProgressBar done={job.rowsDone} total={job.rowsToApply} finished={finished} />
      {job.state === 'FAILED' ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <p className="alert-title">{t('imports.result.failed')}</p>
              <p>{t('imports.result.failedDefault')}</p>
            </div>
          </div>
        </div>
      ) : (
        <p role="status" className={job.state === 'SUCCEEDED' ? 'import-done' : undefined}>
          {stateMessage(t, job)}
        </p>
      )}
    </>
  );
}

export function ResultStep({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 id="import-result-counts" className="utrecht-heading-3 import-subheading">
        {t('imports.result.countsTitle')}
      </h3>
      <ImportCounts counts={job.result} labelledBy="import-result-counts" />
      {job.result.rejected > 0 && <DownloadRejectedButton jobId={job.id} />}
      <div className="button-row">
        <ButtonLink to="/companies?sort=-createdAt" appearance="primary">
          {t('imports.result.toCompanies')}
        </ButtonLink>
        <ButtonLink to={`/imports?kind=${kindParam(job.kind)}`}>{t('imports.result.another')}</ButtonLink>
      </div>
    </>
  );
}
