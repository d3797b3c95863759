// POST /api/events/{id}/registrations — registers a contact person: a place, or the waitlist.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import { invalidateEvent } from '@/shared/query-keys/events';
import type { Registration } from '@/features/events/api/types';

export function registerContact({ eventId, contactId }: { eventId: number; contactId: number }): Promise<Registration> {
  return unwrap(api.POST('/api/events/{id}/registrations', { params: { path: { id: eventId } }, body: { contactId } }));
}

export function useRegisterContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerContact,
    // the registration also shows on the company's timeline
    onSuccess: (registration) =>
      Promise.all([invalidateEvent(queryClient, registration.eventId), invalidateCompany(queryClient, registration.companyId)]),
  });
}
