// PUT /api/webhooks/{id} with If-Match: a stale version gives 412.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, unwrap } from '@/lib/api-client';
import type { WebhookSubscription, WebhookSubscriptionRequest } from '@/features/webhooks/api/types';
import { webhookKeys } from '@/features/webhooks/api/keys';

export interface UpdateSubscriptionInput {
  id: number;
  version: number;
  body: WebhookSubscriptionRequest;
}

export function updateSubscription({ id, version, body }: UpdateSubscriptionInput): Promise<WebhookSubscription> {
  return unwrap(
    api.PUT('/api/webhooks/{id}', { params: { path: { id }, header: { 'If-Match': etagForVersion(version) } }, body }),
  );
}

export function useUpdateSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSubscription,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}
