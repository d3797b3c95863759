// Webhook types, taken from the generated contract in one place, and the query keys.
import type { components } from '@/api/generated/schema';

export type WebhookSubscription = components['schemas']['WebhookSubscription'];
export type WebhookSubscriptionRequest = components['schemas']['WebhookSubscriptionRequest'];
export type WebhookSubscriptionPage = components['schemas']['WebhookSubscriptionPage'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookDeliveryPage = components['schemas']['WebhookDeliveryPage'];
export type WebhookAttempt = components['schemas']['WebhookAttempt'];
export type WebhookSecret = components['schemas']['WebhookSecret'];

export const webhookKeys = {
  all: ['webhooks'] as const,
  lists: () => [...webhookKeys.all, 'list'] as const,
  list: (page: number) => [...webhookKeys.lists(), page] as const,
  deliveries: (id: number) => [...webhookKeys.all, 'deliveries', id] as const,
  deliveryPage: (id: number, page: number) => [...webhookKeys.deliveries(id), page] as const,
};
