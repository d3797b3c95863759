// GET /api/public/events — published events that have not ended (no login).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PublicEvent } from '@/features/public-events/api/types';
import { publicEventKeys } from '@/features/public-events/api/keys';

export function getPublicEvents(): Promise<PublicEvent[]> {
  return unwrap(api.GET('/api/public/events'));
}

export const getPublicEventsQueryOptions = () =>
  queryOptions({ queryKey: publicEventKeys.list(), queryFn: getPublicEvents });

export function usePublicEvents() {
  return useQuery(getPublicEventsQueryOptions());
}
