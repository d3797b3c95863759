// GET /api/referrals/export — the box and status on screen as CSV or Excel: every match, not one page.
import { api } from '@/lib/api-client';
import { downloadHeaders, fileOf, type DownloadedFile, type DownloadFormat } from '@/lib/save-file';
import type { ReferralListParams } from '@/features/referrals/api/types';

export function exportReferrals(
  params: Omit<ReferralListParams, 'page' | 'size'>,
  format: DownloadFormat,
  language: string,
): Promise<DownloadedFile> {
  return fileOf(
    api.GET('/api/referrals/export', {
      params: { query: { box: params.box, status: params.status, partnerId: params.partnerId, format } },
      headers: downloadHeaders(language),
      parseAs: 'blob',
    }),
    `doorverwijzingen.${format}`,
  );
}
