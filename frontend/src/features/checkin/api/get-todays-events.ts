// GET /api/events?from&to&status=PUBLISHED — the published events of the user's calendar day.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { dayBounds } from '@/lib/dates';
import { eventKeys } from '@/shared/query-keys/events';
import type { TodaysEvent } from '@/features/checkin/api/types';

export async function getTodaysEvents(from: string, to: string): Promise<TodaysEvent[]> {
  const page = await unwrap(api.GET('/api/events', { params: { query: { from, to, status: 'PUBLISHED', size: 50 } } }));
  return page.items.map(({ id, title, startsAt, endsAt, venue }) => ({ id, title, startsAt, endsAt, venue }));
}

export const getTodaysEventsQueryOptions = (from: string, to: string) =>
  queryOptions({ queryKey: eventKeys.today(from), queryFn: () => getTodaysEvents(from, to) });

export function useTodaysEvents() {
  const { from, to } = dayBounds();
  return useQuery(getTodaysEventsQueryOptions(from, to));
}
