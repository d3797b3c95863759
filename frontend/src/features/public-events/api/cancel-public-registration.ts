// POST /api/public/registrations/{cancelCode}/cancellation — with the code of the cancel link in
// the ticket mail (not the ticket's token: whoever sees a ticket cannot cancel it).
import { useMutation } from '@tanstack/react-query';
import { api, expectOk } from '@/lib/api-client';

export function cancelPublicRegistration(cancelCode: string): Promise<void> {
  return expectOk(
    api.POST('/api/public/registrations/{cancelCode}/cancellation', { params: { path: { cancelCode } } }),
  );
}

export function useCancelPublicRegistration() {
  return useMutation({ mutationFn: cancelPublicRegistration });
}
