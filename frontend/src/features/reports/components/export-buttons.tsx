// CSV and Excel downloads of one report with the dashboard's filters.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ProblemAlert } from '@/components/problem-alert';
import { EXPORT_FORMATS, useDownloadReport, type ExportFormat } from '@/features/reports/api/download-report';
import type { ReportFilters, ReportName } from '@/features/reports/api/types';

interface ExportButtonsProps {
  report: ReportName;
  /** The report's name as the panel shows it, for the buttons' accessible names. */
  title: string;
  filters: ReportFilters;
  extra?: Record<string, string>;
}

export function ExportButtons({ report, title, filters, extra }: ExportButtonsProps) {
  const { t } = useTranslation();
  const download = useDownloadReport();
  const busyFormat = download.isPending ? download.variables?.format : undefined;
  const label = (format: ExportFormat) => t(`reports.panel.${format}`);
  return (
    <div className="export-buttons" role="group" aria-label={t('reports.panel.exports')}>
      {EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          appearance="secondary"
          busy={busyFormat === format}
          disabled={download.isPending}
          aria-label={t('reports.panel.exportLabel', { report: title, format: label(format) })}
          onClick={() => download.mutate({ report, format, filters, extra })}
        >
          {label(format)}
        </Button>
      ))}
      {download.isError && <ProblemAlert error={download.error} />}
      <p className="visually-hidden" role="status">
        {download.isSuccess ? t('reports.panel.exported', { filename: download.data.filename }) : ''}
      </p>
    </div>
  );
}
