// POST /api/events/{eventId}/check-ins — a scanned ticket or a registration picked by name. A
// refusal (422) comes back as an outcome, not an error: the door shows it like any other answer.
import { api } from '@/lib/api-client';
import { CHECK_IN_OUTCOMES, oneOf } from '@/lib/enums';
import { ApiProblem } from '@/lib/problem';
import type { CheckInResult, ScanRequest } from '@/features/checkin/api/types';

export async function checkIn(eventId: number, scan: ScanRequest): Promise<CheckInResult> {
  const { data, error, response } = await api.POST('/api/events/{eventId}/check-ins', {
    params: { path: { eventId } },
    body: scan,
  });
  if (response.ok && data) return data;
  const problem = ApiProblem.fromResponse(response, error);
  const reason = oneOf(CHECK_IN_OUTCOMES, problem.reason);
  if (response.status === 422 && reason) return { outcome: reason, detail: problem.detail, clientId: scan.clientId };
  throw problem;
}
