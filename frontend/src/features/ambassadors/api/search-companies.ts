// GET /api/companies?q — the company picker of the appoint form: the best matches for a search.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { ambassadorKeys, type CompanyOption } from '@/features/ambassadors/api/types';

const MATCHES = 20;

export async function searchCompanies(q: string): Promise<CompanyOption[]> {
  const page = await unwrap(api.GET('/api/companies', { params: { query: { q, size: MATCHES } } }));
  return page.items.map(({ id, name, kvkNumber, postcode }) => ({ id, name, kvkNumber, postcode }));
}

export const searchCompaniesQueryOptions = (q: string) =>
  queryOptions({ queryKey: ambassadorKeys.companySearch(q), queryFn: () => searchCompanies(q) });

/** Idle until there is something to search for. */
export function useCompanySearch(q: string) {
  return useQuery({ ...searchCompaniesQueryOptions(q), enabled: q.length > 0 });
}
