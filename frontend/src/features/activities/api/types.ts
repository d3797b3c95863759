// Activity types, taken from the generated contract in one place.
import type { components } from '@/api/generated/schema';

export type Activity = components['schemas']['Activity'];
export type ActivityRequest = components['schemas']['ActivityRequest'];
export type ActivityPage = components['schemas']['ActivityPage'];
