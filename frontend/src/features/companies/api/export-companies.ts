// GET /api/companies/export — the filtered company list as CSV or Excel: every match, not one page.
import { api } from '@/lib/api-client';
import { downloadHeaders, fileOf, type DownloadedFile, type DownloadFormat } from '@/lib/save-file';
import { companyListQuery } from '@/features/companies/api/get-companies';
import type { CompanyListParams } from '@/features/companies/api/types';

export function exportCompanies(
  list: Omit<CompanyListParams, 'page' | 'size'>,
  format: DownloadFormat,
  language: string,
): Promise<DownloadedFile> {
  return fileOf(
    api.GET('/api/companies/export', {
      params: { query: { ...companyListQuery(list), format } },
      headers: downloadHeaders(language),
      parseAs: 'blob',
    }),
    `bedrijven.${format}`,
  );
}
