// GET /api/audit — the trail, newest first, filtered; GET /api/audit/export — the same as CSV.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { ApiProblem } from '@/lib/problem';
import { filenameFromDisposition, saveBlob } from '@/lib/save-file';
import { auditKeys } from '@/features/audit/api/keys';

export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditPage = components['schemas']['AuditPage'];

/** The filters as the URL and the API name them; all optional. */
export interface AuditFilters {
  companyId?: number;
  entityType?: string;
  entityId?: number;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

export const AUDIT_PAGE_SIZE = 20;

/** Dates in the filter are whole days in the user's zone: from the start of "from" to the end of "to". */
export function toQuery(filters: AuditFilters) {
  const dayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString();
  const nextDayStart = (day: string) => {
    const date = new Date(`${day}T00:00:00`);
    date.setDate(date.getDate() + 1);
    return date.toISOString();
  };
  return {
    companyId: filters.companyId,
    entityType: filters.entityType || undefined,
    entityId: filters.entityType ? filters.entityId : undefined,
    actor: filters.actor?.trim() || undefined,
    action: filters.action || undefined,
    from: filters.from ? dayStart(filters.from) : undefined,
    to: filters.to ? nextDayStart(filters.to) : undefined,
  };
}

export function useAudit(filters: AuditFilters, page: number) {
  return useQuery({
    queryKey: auditKeys.list(filters, page),
    queryFn: () =>
      unwrap(api.GET('/api/audit', { params: { query: { ...toQuery(filters), page, size: AUDIT_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

export function useDownloadAudit() {
  return useMutation({
    mutationFn: async (filters: AuditFilters) => {
      const { data, error, response } = await api.GET('/api/audit/export', {
        params: { query: toQuery(filters) },
        headers: { Accept: 'text/csv, application/problem+json' },
        parseAs: 'blob',
      });
      if (!response.ok || !data) throw ApiProblem.fromResponse(response, error);
      saveBlob(data, filenameFromDisposition(response.headers.get('Content-Disposition'), 'wijzigingslog.csv'));
    },
  });
}
