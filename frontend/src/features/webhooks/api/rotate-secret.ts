// POST /api/webhooks/{id}/secrets — a new secret, shown once; the old one signs on for 24 hours.
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { WebhookSecret } from '@/features/webhooks/api/types';

export function rotateSecret(id: number): Promise<WebhookSecret> {
  return unwrap(api.POST('/api/webhooks/{id}/secrets', { params: { path: { id } } }));
}

export function useRotateSecret() {
  return useMutation({ mutationFn: rotateSecret });
}
