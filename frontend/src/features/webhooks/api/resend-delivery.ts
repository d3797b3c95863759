// POST /api/webhooks/{id}/deliveries/{deliveryId}/resend — the same message again, now.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { webhookKeys } from '@/features/webhooks/api/keys';

export interface ResendInput {
  subscriptionId: number;
  deliveryId: number;
}

export function resendDelivery({ subscriptionId, deliveryId }: ResendInput): Promise<unknown> {
  return unwrap(
    api.POST('/api/webhooks/{id}/deliveries/{deliveryId}/resend', {
      params: { path: { id: subscriptionId, deliveryId } },
    }),
  );
}

export function useResendDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendDelivery,
    onSuccess: (_, { subscriptionId }) => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(subscriptionId) }),
  });
}
