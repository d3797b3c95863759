// Public event types, taken from the generated contract in one place.
import type { components } from '@/api/generated/schema';

export type PublicEvent = components['schemas']['PublicEvent'];
export type PublicRegistrationReceipt = components['schemas']['PublicRegistrationReceipt'];
export type PublicRegistrationRequest = components['schemas']['PublicRegistrationRequest'];
