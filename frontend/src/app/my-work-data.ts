// What a partner's own start page reads: each a small first page of an existing list, under the
// list keys of its resource so that work done elsewhere refreshes it.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { eventKeys } from '@/shared/query-keys/events';
import { referralKeys } from '@/shared/query-keys/referrals';
import { activityKeys } from '@/features/activities/api/keys';

const FIRST = 5;

export function useOpenInbox() {
  return useQuery({
    queryKey: referralKeys.myWork(),
    queryFn: () => unwrap(api.GET('/api/referrals', { params: { query: { box: 'INBOX', status: 'OPEN', size: FIRST } } })),
  });
}

/** A partner lists only its own activities: the newest first. */
export function useRecentActivities() {
  return useQuery({
    queryKey: activityKeys.myWork(),
    queryFn: () => unwrap(api.GET('/api/activities', { params: { query: { size: FIRST } } })),
  });
}

/** Upcoming events the partner organises (accepted), soonest first. */
export function useOwnUpcomingEvents(partnerId: number | undefined, now: Date = new Date()) {
  return useQuery({
    enabled: partnerId !== undefined,
    queryKey: eventKeys.myWork(partnerId),
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/events', { params: { query: { from: now.toISOString(), size: 50 } } }));
      return page.items.filter((event) => event.organisers.some((organiser) => organiser.id === partnerId)).slice(0, FIRST);
    },
  });
}
