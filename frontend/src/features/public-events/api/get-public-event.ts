// GET /api/public/events/{id} — one published event (no login).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PublicEvent } from '@/features/public-events/api/types';
import { publicEventKeys } from '@/features/public-events/api/keys';

export function getPublicEvent(id: number): Promise<PublicEvent> {
  return unwrap(api.GET('/api/public/events/{id}', { params: { path: { id } } }));
}

export const getPublicEventQueryOptions = (id: number) =>
  queryOptions({ queryKey: publicEventKeys.detail(id), queryFn: () => getPublicEvent(id) });

export function usePublicEvent(id: number) {
  return useQuery(getPublicEventQueryOptions(id));
}
