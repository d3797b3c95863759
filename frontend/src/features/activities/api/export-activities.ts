// GET /api/activities/export — a company's activities as CSV or Excel, as its list shows them.
import { api } from '@/lib/api-client';
import { downloadHeaders, fileOf, type DownloadedFile, type DownloadFormat } from '@/lib/save-file';

export function exportCompanyActivities(companyId: number, format: DownloadFormat, language: string): Promise<DownloadedFile> {
  return fileOf(
    api.GET('/api/activities/export', {
      params: { query: { companyId, format } },
      headers: downloadHeaders(language),
      parseAs: 'blob',
    }),
    `activiteiten.${format}`,
  );
}
