// GET /api/companies?q — the company picker of the "register a contact" form.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { eventKeys } from '@/features/events/api/types';

export type CompanyOption = Pick<components['schemas']['Company'], 'id' | 'name' | 'kvkNumber' | 'postcode'>;

const MATCHES = 20;

export async function searchCompanies(q: string): Promise<CompanyOption[]> {
  const page = await unwrap(api.GET('/api/companies', { params: { query: { q, size: MATCHES } } }));
  return page.items.map(({ id, name, kvkNumber, postcode }) => ({ id, name, kvkNumber, postcode }));
}

export const searchCompaniesQueryOptions = (q: string) =>
  queryOptions({ queryKey: eventKeys.companySearch(q), queryFn: () => searchCompanies(q) });

/** Idle until there is something to search for. */
export function useCompanySearch(q: string) {
  return useQuery({ ...searchCompaniesQueryOptions(q), enabled: q.length > 0 });
}
