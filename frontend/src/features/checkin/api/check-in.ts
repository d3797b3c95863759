// POST /api/events/{eventId}/check-ins — a scanned ticket or a registration picked by name. The
// answer is a result whatever happened: its outcome says who got in or why not, as in the batch.
import { api, unwrap } from '@/lib/api-client';
import type { CheckInResult, ScanRequest } from '@/features/checkin/api/types';

export function checkIn(eventId: number, scan: ScanRequest): Promise<CheckInResult> {
  return unwrap(api.POST('/api/events/{eventId}/check-ins', { params: { path: { eventId } }, body: scan }));
}
