// GET /api/reports/{report}?format=csv|xlsx — a report as a file, with the dashboard's filters.
// A plain link cannot carry the bearer token, so the SPA fetches the file and saves the blob.
import { api } from '@/lib/api-client';
import { downloadHeaders, fileOf, type DownloadedFile, type DownloadFormat } from '@/lib/save-file';
import { REPORT_PATHS, reportQuery, type ReportFilters, type ReportName } from '@/features/reports/api/types';

export interface ReportDownload {
  report: ReportName;
  format: DownloadFormat;
  filters: ReportFilters;
  /** Report-specific parameters, e.g. the breakdown's `by`. */
  extra?: Record<string, string>;
}

export function downloadReport(
  { report, format, filters, extra = {} }: ReportDownload,
  language: string,
): Promise<DownloadedFile> {
  // every report path takes the same filters; the breakdown's `by` rides along in extra
  return fileOf(
    api.GET(REPORT_PATHS[report] as '/api/reports/breakdown', {
      params: { query: { ...reportQuery(filters), ...extra, format } },
      headers: downloadHeaders(language),
      parseAs: 'blob',
    }),
    `${report}.${format}`,
  );
}
