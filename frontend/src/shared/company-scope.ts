// One query-key convention across features: everything read about one company (its details,
// contacts, activities, funnel, stage records, timeline, referrals) lives under
// companyScopeKey(id). A change to anything in a company's history invalidates that prefix, so
// the company page stays consistent without features knowing each other's keys.
import type { QueryClient } from '@tanstack/react-query';

export const companyScopeKey = (companyId: number) => ['company', companyId] as const;

/** The company lists (search results), which filters on funnel progress and partners can change. */
export const companyListsKey = ['companies', 'list'] as const;

export function invalidateCompany(queryClient: QueryClient, companyId: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: companyScopeKey(companyId) }),
    queryClient.invalidateQueries({ queryKey: companyListsKey }),
  ]);
}
