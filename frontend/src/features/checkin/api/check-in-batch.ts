// POST /api/events/{eventId}/check-ins/batch — the scans queued offline; an answer per scan.
import { api, unwrap } from '@/lib/api-client';
import type { CheckInResult, ScanRequest } from '@/features/checkin/api/types';

export async function checkInBatch(eventId: number, scans: ScanRequest[]): Promise<CheckInResult[]> {
  const result = await unwrap(
    api.POST('/api/events/{eventId}/check-ins/batch', { params: { path: { eventId } }, body: { scans } }),
  );
  return result.results;
}
