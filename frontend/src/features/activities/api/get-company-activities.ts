// GET /api/activities?companyId — the activities with one company, newest first.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ActivityPage } from '@/features/activities/api/types';
import { activityKeys } from '@/features/activities/api/keys';

/** Enough for a company page; the API pages by 200 at most. */
const PAGE_SIZE = 100;

export function getCompanyActivities(companyId: number): Promise<ActivityPage> {
  return unwrap(api.GET('/api/activities', { params: { query: { companyId, size: PAGE_SIZE } } }));
}

export const getCompanyActivitiesQueryOptions = (companyId: number) =>
  queryOptions({ queryKey: activityKeys.ofCompany(companyId), queryFn: () => getCompanyActivities(companyId) });

export function useCompanyActivities(companyId: number) {
  return useQuery(getCompanyActivitiesQueryOptions(companyId));
}
