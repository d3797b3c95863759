// Activity types, taken from the generated contract in one place, and the query keys.
import type { components } from '@/api/generated/schema';
import { companyScopeKey } from '@/shared/company-scope';

export type Activity = components['schemas']['Activity'];
export type ActivityRequest = components['schemas']['ActivityRequest'];
export type ActivityPage = components['schemas']['ActivityPage'];

export const activityKeys = {
  all: ['activities'] as const,
  ofCompany: (companyId: number) => [...companyScopeKey(companyId), 'activities'] as const,
};
