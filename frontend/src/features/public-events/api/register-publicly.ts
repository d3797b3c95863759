// POST /api/public/events/{id}/registrations (no login): every accepted registration gets the
// same 202 receipt, new or not, so the page learns nothing about who registered before; the
// ticket or the waitlist place goes to the mailbox only. 429: too many from this address
// (Retry-After says when to try again).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ApiProblem } from '@/lib/problem';
import type { PublicRegistrationReceipt, PublicRegistrationRequest } from '@/features/public-events/api/types';
import { publicEventKeys } from '@/features/public-events/api/keys';

/** 429: wait this many seconds (undefined when the server did not say). */
export class TooManyRequests extends Error {
  constructor(readonly retryAfter: number | undefined) {
    super('Too many requests');
    this.name = 'TooManyRequests';
  }
}

/** Retry-After as seconds: a number of seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export async function registerPublicly({
  eventId,
  body,
}: {
  eventId: number;
  body: PublicRegistrationRequest;
}): Promise<PublicRegistrationReceipt> {
  const { data, error, response } = await api.POST('/api/public/events/{id}/registrations', {
    params: { path: { id: eventId } },
    body,
  });
  if (response.status === 429) throw new TooManyRequests(retryAfterSeconds(response.headers.get('Retry-After')));
  if (!response.ok || !data) throw ApiProblem.fromResponse(response, error);
  return data;
}

export function useRegisterPublicly() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerPublicly,
    // the event may be full now
    onSuccess: (_receipt, { eventId }) => queryClient.invalidateQueries({ queryKey: publicEventKeys.detail(eventId) }),
  });
}
