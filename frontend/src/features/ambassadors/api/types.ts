// Ambassador types, taken from the generated contract in one place.
import type { components } from '@/api/generated/schema';

export type Ambassador = components['schemas']['Ambassador'];
export type AmbassadorRequest = components['schemas']['AmbassadorRequest'];

export interface AmbassadorListParams {
  programmeId?: number;
  current: boolean;
}
