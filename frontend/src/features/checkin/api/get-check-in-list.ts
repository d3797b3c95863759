// GET /api/events/{eventId}/check-in-list — attendees and the ticket key, kept on the phone.
import { api, unwrap } from '@/lib/api-client';
import type { CheckInList } from '@/features/checkin/api/types';

export function getCheckInList(eventId: number): Promise<CheckInList> {
  return unwrap(api.GET('/api/events/{eventId}/check-in-list', { params: { path: { eventId } } }));
}
