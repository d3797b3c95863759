// POST /api/webhooks — the answer holds the signing secret, shown this once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { WebhookSubscription, WebhookSubscriptionRequest } from '@/features/webhooks/api/types';
import { webhookKeys } from '@/features/webhooks/api/keys';

export function createSubscription(body: WebhookSubscriptionRequest): Promise<WebhookSubscription> {
  return unwrap(api.POST('/api/webhooks', { body }));
}

export function useCreateSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSubscription,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}
