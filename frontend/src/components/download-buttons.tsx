// Buttons that download a list or a report as CSV or Excel, with what the screen shows filtered.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ProblemAlert } from '@/components/problem-alert';
import { DOWNLOAD_FORMATS, saveBlob, type DownloadedFile, type DownloadFormat } from '@/lib/save-file';

interface DownloadButtonsProps {
  /** What is downloaded, as people call it ("Bedrijven"), for the buttons' accessible names. */
  what: string;
  download: (format: DownloadFormat, language: string) => Promise<DownloadedFile>;
}

export function DownloadButtons({ what, download }: DownloadButtonsProps) {
  const { t, i18n } = useTranslation();
  const saving = useMutation({
    mutationFn: async (format: DownloadFormat) => {
      const file = await download(format, i18n.language);
      saveBlob(file.blob, file.filename);
      return file;
    },
  });
  const busyFormat = saving.isPending ? saving.variables : undefined;
  const label = (format: DownloadFormat) => t(`download.${format}`);
  return (
    <div className="download-buttons">
      <div role="group" aria-label={t('download.group', { what })} className="download-buttons__row">
        <span aria-hidden="true" className="download-buttons__label">
          {t('download.label')}
        </span>
        {DOWNLOAD_FORMATS.map((format) => (
          <Button
            key={format}
            appearance="secondary"
            busy={busyFormat === format}
            disabled={saving.isPending}
            title={t(`download.${format}Hint`)}
            aria-label={t('download.as', { what, format: label(format) })}
            onClick={() => saving.mutate(format)}
          >
            {label(format)}
          </Button>
        ))}
      </div>
      {saving.isError && <ProblemAlert error={saving.error} />}
      {/* a live region without the status role: the page's own status message stays the one status */}
      <p className="visually-hidden" aria-live="polite">
        {saving.isSuccess ? t('download.done', { filename: saving.data.filename }) : ''}
      </p>
    </div>
  );
}
