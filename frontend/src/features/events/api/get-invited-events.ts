// GET /api/events?invited=true — the events the user's partner is invited to organise and has not
// answered yet (partner users only; admin and staff name organisers directly).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Event } from '@/features/events/api/types';
import { eventKeys } from '@/shared/query-keys/events';

/** Open invitations are few; the page shows them all. */
const SHOWN = 50;

export async function getInvitedEvents(): Promise<Event[]> {
  const page = await unwrap(api.GET('/api/events', { params: { query: { invited: true, size: SHOWN } } }));
  return page.items;
}

export const getInvitedEventsQueryOptions = () => queryOptions({ queryKey: eventKeys.invited(), queryFn: getInvitedEvents });

export function useInvitedEvents(enabled: boolean) {
  return useQuery({ ...getInvitedEventsQueryOptions(), enabled });
}
