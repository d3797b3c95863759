// GET /api/events — upcoming (not yet ended) or past (already started) events, in time order.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { EventListParams, EventPage } from '@/features/events/api/types';
import { eventKeys } from '@/shared/query-keys/events';

export function getEvents(params: EventListParams, now: Date = new Date()): Promise<EventPage> {
  const moment = now.toISOString();
  return unwrap(
    api.GET('/api/events', {
      params: {
        query: {
          from: params.period === 'upcoming' ? moment : undefined,
          to: params.period === 'past' ? moment : undefined,
          status: params.status,
          programmeId: params.programmeId,
          q: params.q || undefined,
          page: params.page,
          size: params.size,
        },
      },
    }),
  );
}

export const getEventsQueryOptions = (params: EventListParams) =>
  queryOptions({
    queryKey: eventKeys.list(params),
    queryFn: () => getEvents(params),
    placeholderData: keepPreviousData,
  });

export function useEvents(params: EventListParams) {
  return useQuery(getEventsQueryOptions(params));
}
