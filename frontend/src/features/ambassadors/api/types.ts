// Ambassador types, taken from the generated contract in one place, and the query keys.
import type { components } from '@/api/generated/schema';

export type Ambassador = components['schemas']['Ambassador'];
export type AmbassadorRequest = components['schemas']['AmbassadorRequest'];

export interface AmbassadorListParams {
  programmeId?: number;
  current: boolean;
}

export const ambassadorKeys = {
  all: ['ambassadors'] as const,
  lists: () => [...ambassadorKeys.all, 'list'] as const,
  list: (params: AmbassadorListParams) => [...ambassadorKeys.lists(), params] as const,
};
