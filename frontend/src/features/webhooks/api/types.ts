// Webhook types, taken from the generated contract in one place.
import type { components } from '@/api/generated/schema';

export type WebhookSubscription = components['schemas']['WebhookSubscription'];
export type WebhookSubscriptionRequest = components['schemas']['WebhookSubscriptionRequest'];
export type WebhookSubscriptionPage = components['schemas']['WebhookSubscriptionPage'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookDeliveryPage = components['schemas']['WebhookDeliveryPage'];
export type WebhookAttempt = components['schemas']['WebhookAttempt'];
export type WebhookSecret = components['schemas']['WebhookSecret'];
