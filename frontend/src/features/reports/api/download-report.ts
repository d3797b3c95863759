// GET /api/reports/{report}?format=csv|xlsx — a report as a file, with the dashboard's filters.
// A plain link cannot carry the bearer token, so the SPA fetches the file and saves the blob.
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ApiProblem } from '@/lib/problem';
import { filenameFromDisposition, saveBlob } from '@/lib/save-file';
import { REPORT_PATHS, reportQuery, type ReportFilters, type ReportName } from '@/features/reports/api/types';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ReportDownload {
  report: ReportName;
  format: ExportFormat;
  filters: ReportFilters;
  /** Report-specific parameters, e.g. the breakdown's `by`. */
  extra?: Record<string, string>;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

export async function downloadReport({ report, format, filters, extra = {} }: ReportDownload): Promise<DownloadedFile> {
  // every report path takes the same filters; the breakdown's `by` rides along in extra
  const { data, error, response } = await api.GET(REPORT_PATHS[report] as '/api/reports/breakdown', {
    params: { query: { ...reportQuery(filters), ...extra, format } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiProblem.fromResponse(response, error);
  const filename = filenameFromDisposition(response.headers.get('Content-Disposition'), `${report}.${format}`);
  return { blob: data, filename };
}

export function useDownloadReport() {
  return useMutation({
    mutationFn: async (download: ReportDownload) => {
      const file = await downloadReport(download);
      saveBlob(file.blob, file.filename);
      return file;
    },
  });
}
