// GET /api/activities?companyId — which of the company's activities are confidential. A timeline
// item leaves out a confidential summary without saying so; this tells "confidential" apart
// from "no summary given".
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { timelineKeys, type TimelineActivity } from '@/features/timeline/api/types';

const ALL = 200;

export async function getTimelineActivities(companyId: number): Promise<Map<number, TimelineActivity>> {
  const page = await unwrap(api.GET('/api/activities', { params: { query: { companyId, size: ALL } } }));
  return new Map(page.items.map(({ id, confidential, occurredOn }) => [id, { id, confidential, occurredOn }]));
}

export const getTimelineActivitiesQueryOptions = (companyId: number) =>
  queryOptions({ queryKey: timelineKeys.activities(companyId), queryFn: () => getTimelineActivities(companyId) });

export function useTimelineActivities(companyId: number) {
  return useQuery(getTimelineActivitiesQueryOptions(companyId));
}
