// The event types a subscription can ask for, in the order the form offers them, and each
// one's readable label (the message keys use "_" for the type's dots: i18next reads dots as nesting).
import type { TFunction } from 'i18next';

export const EVENT_TYPES = [
  'referral.created',
  'referral.accepted',
  'referral.declined',
  'referral.completed',
  'company.created',
  'company.updated',
  'company.stage_reached',
  'activity.created',
  'registration.created',
  'registration.cancelled',
  'registration.checked_in',
  'import.finished',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** A type the page can name: the subscribable ones and the test ping. */
type Labelled = EventType | 'webhook.ping';
type LabelKey<T extends string> = T extends `${infer A}.${infer B}` ? `${A}_${B}` : never;

function isLabelled(type: string): type is Labelled {
  return (EVENT_TYPES as readonly string[]).includes(type) || type === 'webhook.ping';
}

/**
 * The readable label of an event type; undefined for a type this SPA does not know yet (a newer
 * backend), so the caller decides what to show instead.
 */
export function eventTypeLabel(t: TFunction, type: string): string | undefined {
  if (!isLabelled(type)) return undefined;
  const key = type.replace('.', '_') as LabelKey<Labelled>;
  return t(`webhooks.eventType.${key}`);
}
