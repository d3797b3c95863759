// Public event types, taken from the generated contract in one place, and the query keys.
import type { components } from '@/api/generated/schema';

export type PublicEvent = components['schemas']['PublicEvent'];
export type PublicRegistrationReceipt = components['schemas']['PublicRegistrationReceipt'];
export type PublicRegistrationRequest = components['schemas']['PublicRegistrationRequest'];

export const publicEventKeys = {
  all: ['public-events'] as const,
  list: () => [...publicEventKeys.all, 'list'] as const,
  detail: (id: number) => [...publicEventKeys.all, 'detail', id] as const,
};
