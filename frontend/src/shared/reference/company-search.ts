// GET /api/companies?q — the best matches for a search, for every form that picks a company.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { companyKeys } from '@/shared/query-keys/companies';

export type CompanyOption = Pick<components['schemas']['Company'], 'id' | 'name' | 'kvkNumber' | 'postcode'>;

const MATCHES = 20;

export async function searchCompanies(q: string): Promise<CompanyOption[]> {
  const page = await unwrap(api.GET('/api/companies', { params: { query: { q, size: MATCHES } } }));
  return page.items.map(({ id, name, kvkNumber, postcode }) => ({ id, name, kvkNumber, postcode }));
}

/** Under the companies' list key: a company added or renamed shows in the next search. */
export const companySearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: companyKeys.search(q), queryFn: () => searchCompanies(q) });

/** Idle until there is something to search for. */
export function useCompanySearch(q: string) {
  return useQuery({ ...companySearchQueryOptions(q), enabled: q.length > 0 });
}
