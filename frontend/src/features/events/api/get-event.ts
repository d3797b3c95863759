// GET /api/events/{id} — one event with its ETag.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { Event } from '@/features/events/api/types';
import { eventKeys } from '@/shared/query-keys/events';

export function getEvent(id: number): Promise<Versioned<Event>> {
  return unwrapVersioned(api.GET('/api/events/{id}', { params: { path: { id } } }));
}

export const getEventQueryOptions = (id: number) =>
  queryOptions({ queryKey: eventKeys.detail(id), queryFn: () => getEvent(id) });

export function useEvent(id: number) {
  return useQuery(getEventQueryOptions(id));
}
