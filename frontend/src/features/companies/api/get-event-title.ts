// GET /api/events/{id}, for its title only: the label of an event that another screen names
// (the company list opened from the events report). Under the event's scope, with its other
// reads; fetched again on each visit, so a renamed event shows its new title.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { eventKeys } from '@/shared/query-keys/events';

export async function getEventTitle(eventId: number): Promise<string> {
  const event = await unwrap(api.GET('/api/events/{id}', { params: { path: { id: eventId } } }));
  return event.title;
}

export const eventTitleQueryOptions = (eventId: number) =>
  queryOptions({
    queryKey: eventKeys.title(eventId),
    queryFn: () => getEventTitle(eventId),
    // a label: without it the caller shows the id, so one try is enough
    retry: false,
  });

/** The event's title; undefined while loading, when it cannot be read, or without an id. */
export function useEventTitle(eventId: number | undefined): string | undefined {
  const query = useQuery({ ...eventTitleQueryOptions(eventId ?? 0), enabled: eventId !== undefined });
  return eventId === undefined ? undefined : query.data;
}
