// GET /api/events/{id}/registrations/export — who registered, as CSV or Excel, with the status filter on screen.
import { api } from '@/lib/api-client';
import { downloadHeaders, fileOf, type DownloadedFile, type DownloadFormat } from '@/lib/save-file';
import type { RegistrationListParams } from '@/features/events/api/types';

export function exportRegistrations(
  id: number,
  params: Pick<RegistrationListParams, 'status'>,
  format: DownloadFormat,
  language: string,
): Promise<DownloadedFile> {
  return fileOf(
    api.GET('/api/events/{id}/registrations/export', {
      params: { path: { id }, query: { status: params.status, format } },
      headers: downloadHeaders(language),
      parseAs: 'blob',
    }),
    `aanmeldingen.${format}`,
  );
}
