// The query keys of the audit trail.
import type { AuditFilters } from '@/features/audit/api/get-audit';

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters, page: number) => [...auditKeys.all, 'list', filters, page] as const,
};
