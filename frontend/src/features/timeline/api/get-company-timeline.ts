// GET /api/companies/{companyId}/timeline — everything that happened, newest first.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { TimelineItem } from '@/features/timeline/api/types';
import { timelineKeys } from '@/features/timeline/api/keys';

export function getCompanyTimeline(companyId: number, size: number): Promise<TimelineItem[]> {
  return unwrap(api.GET('/api/companies/{companyId}/timeline', { params: { path: { companyId }, query: { size } } }));
}

export const getCompanyTimelineQueryOptions = (companyId: number, size: number) =>
  queryOptions({
    queryKey: timelineKeys.items(companyId, size),
    queryFn: () => getCompanyTimeline(companyId, size),
    placeholderData: keepPreviousData,
  });

/** The newest `size` items; ask again with a larger size for more. */
export function useCompanyTimeline(companyId: number, size: number) {
  return useQuery(getCompanyTimelineQueryOptions(companyId, size));
}
