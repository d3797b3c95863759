// CSV and Excel downloads of one report with the dashboard's filters.
import { DownloadButtons } from '@/components/download-buttons';
import { downloadReport } from '@/features/reports/api/download-report';
import type { ReportFilters, ReportName } from '@/features/reports/api/types';

interface ExportButtonsProps {
  report: ReportName;
  /** The report's name as the panel shows it, for the buttons' accessible names. */
  title: string;
  filters: ReportFilters;
  extra?: Record<string, string>;
}

export function ExportButtons({ report, title, filters, extra }: ExportButtonsProps) {
  return (
    <DownloadButtons
      what={title}
      download={(format, language) => downloadReport({ report, format, filters, extra }, language)}
    />
  );
}
