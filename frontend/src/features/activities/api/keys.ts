// The query keys of activities. A company's activities are read under its scope
// (companyKeys.scope), so anything that changes its history refreshes them; the lists across
// companies sit under ['activities'], which a new activity invalidates.
import { companyKeys } from '@/shared/query-keys/companies';

export const activityKeys = {
  all: ['activities'] as const,
  /** The newest few, on a partner's start page. */
  myWork: () => [...activityKeys.all, 'list', 'my-work'] as const,
  ofCompany: (companyId: number) => [...companyKeys.scope(companyId), 'activities'] as const,
};
