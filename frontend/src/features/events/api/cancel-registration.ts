// POST /api/events/{id}/registrations/{registrationId}/cancellation — the first on the waitlist
// gets the place, so the whole event is refreshed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import { invalidateEvent } from '@/shared/query-keys/events';
import type { Registration } from '@/features/events/api/types';

export function cancelRegistration({ eventId, registrationId }: { eventId: number; registrationId: number }): Promise<Registration> {
  return unwrap(
    api.POST('/api/events/{id}/registrations/{registrationId}/cancellation', {
      params: { path: { id: eventId, registrationId } },
    }),
  );
}

export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelRegistration,
    onSuccess: (registration) =>
      Promise.all([invalidateEvent(queryClient, registration.eventId), invalidateCompany(queryClient, registration.companyId)]),
  });
}
