// GET /api/webhooks — a partner's own subscriptions; admins see all.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { WebhookSubscriptionPage } from '@/features/webhooks/api/types';
import { webhookKeys } from '@/features/webhooks/api/keys';

export const SUBSCRIPTIONS_PAGE_SIZE = 50;

export function getSubscriptions(page: number): Promise<WebhookSubscriptionPage> {
  return unwrap(api.GET('/api/webhooks', { params: { query: { page, size: SUBSCRIPTIONS_PAGE_SIZE } } }));
}

export const getSubscriptionsQueryOptions = (page: number) =>
  queryOptions({ queryKey: webhookKeys.list(page), queryFn: () => getSubscriptions(page), placeholderData: keepPreviousData });

export function useSubscriptions(page: number) {
  return useQuery(getSubscriptionsQueryOptions(page));
}
