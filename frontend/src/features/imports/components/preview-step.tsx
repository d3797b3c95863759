// Step 2: what the file holds and what importing it would do — the columns as read, the counts
// (new, updated, unchanged, rejected) and the rejected rows with their reasons.
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { kindParam, type ImportJob } from '@/features/imports/api/types';
import { ColumnsTable } from '@/features/imports/components/columns-table';
import { DownloadRejectedButton } from '@/features/imports/components/download-rejected-button';
import { ImportCounts } from '@/features/imports/components/import-counts';
import { RejectionsTable } from '@/features/imports/components/rejections-table';

export function PreviewStep({ job, onNext }: { job: ImportJob; onNext: () => void }) {
  const { t } = useTranslation();
  const rejected = job.preview.rejected;
  return (
    <>
      <p>{t('imports.preview.summary', { rows: t('imports.preview.rows', { count: job.totalRows }), file: job.fileName })}</p>

      <h3 id="import-columns" className="utrecht-heading-3 import-subheading">
        {t('imports.preview.columnsTitle')}
      </h3>
      <ColumnsTable kind={job.kind} columns={job.columns} />

      <h3 id="import-preview-counts" className="utrecht-heading-3 import-subheading">
        {t('imports.preview.countsTitle')}
      </h3>
      {job.totalRows === 0 ? (
        <p>{t('imports.preview.empty')}</p>
      ) : (
        <ImportCounts counts={job.preview} labelledBy="import-preview-counts" />
      )}

      <h3 className="utrecht-heading-3 import-subheading">{t('imports.preview.rejectedTitle')}</h3>
      {rejected === 0 ? (
        <p>{t('imports.preview.noRejections')}</p>
      ) : (
        <>
          <RejectionsTable kind={job.kind} rejections={job.rejections} total={rejected} />
          <DownloadRejectedButton jobId={job.id} />
        </>
      )}

      <div className="button-row">
        <Button appearance="primary" onClick={onNext}>
          {t('imports.preview.next')}
        </Button>
        <ButtonLink to={`/imports?kind=${kindParam(job.kind)}`}>{t('imports.preview.otherFile')}</ButtonLink>
      </div>
    </>
  );
}
