// GET /api/webhooks/{id}/deliveries — newest first, each with its attempts. Polled while any
// delivery is still being sent, so a ping or a re-send shows its outcome without a reload.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { WebhookDeliveryPage } from '@/features/webhooks/api/types';
import { webhookKeys } from '@/features/webhooks/api/keys';

export const DELIVERIES_PAGE_SIZE = 20;

export function getDeliveries(id: number, page: number): Promise<WebhookDeliveryPage> {
  return unwrap(
    api.GET('/api/webhooks/{id}/deliveries', { params: { path: { id }, query: { page, size: DELIVERIES_PAGE_SIZE } } }),
  );
}

export function useDeliveries(id: number, page: number) {
  return useQuery({
    queryKey: webhookKeys.deliveryPage(id, page),
    queryFn: () => getDeliveries(id, page),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.items.some((delivery) => delivery.state === 'PENDING') ? 2000 : false,
  });
}
