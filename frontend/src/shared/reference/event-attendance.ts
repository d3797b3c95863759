// GET /api/events/{eventId}/attendance — live counts of one event. Shared: the event page and
// the check-in page both show them; both refresh them through the event's scope (invalidateEvent).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { eventKeys } from '@/shared/query-keys/events';

export type Attendance = components['schemas']['Attendance'];

export function getAttendance(eventId: number): Promise<Attendance> {
  return unwrap(api.GET('/api/events/{eventId}/attendance', { params: { path: { eventId } } }));
}

export const attendanceQueryOptions = (eventId: number) =>
  queryOptions({
    queryKey: eventKeys.attendance(eventId),
    queryFn: () => getAttendance(eventId),
  });

/** Polls while the page is open: other devices check people in too. */
export function useAttendance(eventId: number | undefined, { poll = 15_000 }: { poll?: number | false } = {}) {
  return useQuery({
    ...attendanceQueryOptions(eventId ?? 0),
    enabled: eventId !== undefined,
    refetchInterval: poll,
  });
}
