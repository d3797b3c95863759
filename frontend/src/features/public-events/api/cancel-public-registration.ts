// POST /api/public/registrations/{token}/cancellation — with the secret from the ticket mail.
import { useMutation } from '@tanstack/react-query';
import { api, expectOk } from '@/lib/api-client';

export function cancelPublicRegistration(token: string): Promise<void> {
  return expectOk(api.POST('/api/public/registrations/{token}/cancellation', { params: { path: { token } } }));
}

export function useCancelPublicRegistration() {
  return useMutation({ mutationFn: cancelPublicRegistration });
}
