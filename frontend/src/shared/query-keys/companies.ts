// The query keys of companies: one factory for every feature that reads or changes something
// about a company. Two roots, which invalidation relies on:
// - ['companies', 'list', …]: the lists and searches, which a company's edits, funnel progress
//   and partners' work can change;
// - ['company', id, …]: everything read about one company (its details, contact persons,
//   activities, funnel, stage records, timeline), whichever feature reads it. A change to anything
//   in a company's history invalidates that scope, so the company page stays consistent without
//   features knowing each other's keys.
import type { QueryClient } from '@tanstack/react-query';

export const companyKeys = {
  /** Every company's scope: what a change to many companies at once (an import) invalidates. */
  scopes: () => ['company'] as const,
  /** The prefix of everything read about one company; features add their own part (see contactKeys). */
  scope: (id: number) => [...companyKeys.scopes(), id] as const,
  lists: () => ['companies', 'list'] as const,
  list: <P extends object>(params: P) => [...companyKeys.lists(), params] as const,
  /** The best matches for a search, for every form that picks a company. */
  search: (q: string) => [...companyKeys.lists(), 'search', q] as const,
  /** The first companies a partner works with (its start page, the partner's page). */
  workedWith: (partnerId: number | undefined, size: number) => [...companyKeys.lists(), 'worked-with', partnerId, size] as const,
  detail: (id: number) => [...companyKeys.scope(id), 'detail'] as const,
  duplicates: (id: number) => [...companyKeys.scope(id), 'likely-duplicates'] as const,
};

/** After a change to a company's history: everything about it, and the lists it may now (not) be in. */
export function invalidateCompany(queryClient: QueryClient, companyId: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: companyKeys.scope(companyId) }),
    queryClient.invalidateQueries({ queryKey: companyKeys.lists() }),
  ]);
}
