// POST /api/webhooks/{id}/pings — a test message; its delivery shows in the log.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { webhookKeys } from '@/features/webhooks/api/keys';

export function ping(id: number): Promise<unknown> {
  return unwrap(api.POST('/api/webhooks/{id}/pings', { params: { path: { id } } }));
}

export function usePing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ping,
    onSuccess: (_, id) => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(id) }),
  });
}
