// The query keys of a company's timeline: under its scope (companyKeys.scope), so anything that
// changes its history refreshes it.
import { companyKeys } from '@/shared/query-keys/companies';

export const timelineKeys = {
  items: (companyId: number, size: number) => [...companyKeys.scope(companyId), 'timeline', size] as const,
};
