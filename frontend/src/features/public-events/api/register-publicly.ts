// POST /api/public/events/{id}/registrations (no login): 201 a new registration with its ticket,
// 202 already registered (the ticket was mailed again, nothing else is revealed), 429 too many
// from this address (Retry-After says when to try again).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ApiProblem } from '@/lib/problem';
import { publicEventKeys, type PublicRegistration, type PublicRegistrationRequest } from '@/features/public-events/api/types';

export type RegistrationOutcome =
  | { kind: 'registered'; registration: PublicRegistration }
  | { kind: 'already'; registration: PublicRegistration };

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

export async function registerPublicly({ eventId, body }: { eventId: number; body: PublicRegistrationRequest }): Promise<RegistrationOutcome> {
  const { data, error, response } = await api.POST('/api/public/events/{id}/registrations', {
    params: { path: { id: eventId } },
    body,
  });
  if (response.status === 429) throw new TooManyRequests(retryAfterSeconds(response.headers.get('Retry-After')));
  if (!response.ok || !data) throw ApiProblem.fromResponse(response, error);
  return response.status === 202 ? { kind: 'already', registration: data } : { kind: 'registered', registration: data };
}

export function useRegisterPublicly() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerPublicly,
    // the event may be full now
    onSuccess: (_outcome, { eventId }) => queryClient.invalidateQueries({ queryKey: publicEventKeys.detail(eventId) }),
  });
}
