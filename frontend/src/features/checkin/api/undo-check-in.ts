// DELETE /api/events/{eventId}/check-ins/{registrationId}?device — undo within 15 minutes.
import { api, unwrap } from '@/lib/api-client';
import type { CheckInResult } from '@/features/checkin/api/types';

export function undoCheckIn(eventId: number, registrationId: number, device: string): Promise<CheckInResult> {
  return unwrap(
    api.DELETE('/api/events/{eventId}/check-ins/{registrationId}', {
      params: { path: { eventId, registrationId }, query: { device } },
    }),
  );
}
