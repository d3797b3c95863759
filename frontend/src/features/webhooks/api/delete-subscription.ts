// DELETE /api/webhooks/{id} — the subscription and its log.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { webhookKeys } from '@/features/webhooks/api/keys';

export function deleteSubscription(id: number): Promise<unknown> {
  return unwrap(api.DELETE('/api/webhooks/{id}', { params: { path: { id } } }));
}

export function useDeleteSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSubscription,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}
