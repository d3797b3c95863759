// The first companies a partner works with, by name: on a partner's own start page and on the
// partner's page. Under the companies' list key, so work recorded anywhere refreshes both.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { companyKeys } from '@/shared/query-keys/companies';

/** Idle until the partner is known (and while the caller may not list its relationships). */
export function useCompaniesWorkedWith(partnerId: number | undefined, size: number, enabled = true) {
  return useQuery({
    queryKey: companyKeys.workedWith(partnerId, size),
    queryFn: () =>
      unwrap(api.GET('/api/companies', { params: { query: { workedWithPartnerId: partnerId, size, sort: 'name' } } })),
    enabled: enabled && partnerId !== undefined,
  });
}
