// GET /api/events/{eventId}/check-ins — the check-in history: every scan, who, when, which device.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CheckInAttempt } from '@/features/events/api/types';
import { eventKeys } from '@/shared/query-keys/events';

const SHOWN = 50;

export function getCheckIns(eventId: number): Promise<CheckInAttempt[]> {
  return unwrap(
    api.GET('/api/events/{eventId}/check-ins', { params: { path: { eventId }, query: { size: SHOWN } } }),
  );
}

export const getCheckInsQueryOptions = (eventId: number) =>
  queryOptions({ queryKey: eventKeys.checkIns(eventId), queryFn: () => getCheckIns(eventId) });

/** Polls while the event page is open: the door checks people in meanwhile. */
export function useCheckIns(eventId: number, enabled: boolean) {
  return useQuery({ ...getCheckInsQueryOptions(eventId), enabled, refetchInterval: 15_000 });
}
