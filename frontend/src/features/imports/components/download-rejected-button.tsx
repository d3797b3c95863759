// Saves the rejected rows (with an error column in the screen's language) as a CSV the user can
// fix and import again.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { useDownloadRejectedRows } from '@/features/imports/api/download-rejected-rows';

export function DownloadRejectedButton({ jobId }: { jobId: number }) {
  const { t, i18n } = useTranslation();
  const download = useDownloadRejectedRows();
  return (
    <div className="import-download">
      <Button busy={download.isPending} disabled={download.isPending} onClick={() => download.mutate({ id: jobId, language: i18n.language })}>
        <span className="button-icon" aria-hidden="true">⤓</span>
        {download.isPending ? t('imports.downloading') : t('imports.downloadRejected')}
      </Button>
      <StatusMessage message={download.isSuccess ? t('imports.downloaded') : null} />
      <ProblemAlert error={download.error} />
    </div>
  );
}
