// GET /api/companies/{id} — only the name, for records that carry just a company id
// (referrals, ambassadors).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { companyScopeKey } from '@/lib/company-scope';

export async function getCompanyName(id: number): Promise<string> {
  const company = await unwrap(api.GET('/api/companies/{id}', { params: { path: { id } } }));
  return company.name;
}

export const companyNameQueryOptions = (id: number) =>
  queryOptions({
    queryKey: [...companyScopeKey(id), 'name'] as const,
    queryFn: () => getCompanyName(id),
    staleTime: 5 * 60 * 1000,
  });

export function useCompanyName(id: number) {
  return useQuery(companyNameQueryOptions(id));
}
