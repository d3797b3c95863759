// What the page says about a subscription and a delivery attempt, kept apart from the markup
// so that the rules are tested on their own.
import type { WebhookAttempt, WebhookSubscription, WebhookSubscriptionRequest } from '@/features/webhooks/api/types';

export type SubscriptionState = 'enabled' | 'failing' | 'disabled';

/** Disabled wins; an enabled subscription whose attempts keep failing says so. */
export function subscriptionState(subscription: Pick<WebhookSubscription, 'enabled' | 'failingSince'>): SubscriptionState {
  if (!subscription.enabled) return 'disabled';
  return subscription.failingSince ? 'failing' : 'enabled';
}

/** An attempt succeeded when the receiver answered 2xx. */
export function attemptSucceeded(attempt: Pick<WebhookAttempt, 'statusCode' | 'error'>): boolean {
  return !attempt.error && attempt.statusCode !== undefined && attempt.statusCode !== null
    && attempt.statusCode >= 200 && attempt.statusCode < 300;
}

export interface SubscriptionValues {
  url: string;
  eventTypes: string[];
  description: string;
  enabled: boolean;
  /** Admin, on create: the partner's id as text; empty for the municipality's own. */
  partnerId: string;
}

export function toValues(subscription?: WebhookSubscription): SubscriptionValues {
  return {
    url: subscription?.url ?? 'https://',
    eventTypes: subscription ? [...subscription.eventTypes] : [],
    description: subscription?.description ?? '',
    enabled: subscription?.enabled ?? true,
    partnerId: '',
  };
}

/** The request; the partner only when an admin names one on create. */
export function toRequest(values: SubscriptionValues, withPartner: boolean): WebhookSubscriptionRequest {
  const partner = Number(values.partnerId);
  return {
    url: values.url.trim(),
    eventTypes: values.eventTypes,
    description: values.description.trim() || undefined,
    enabled: values.enabled,
    partnerId: withPartner && Number.isInteger(partner) && partner > 0 ? partner : undefined,
  };
}
