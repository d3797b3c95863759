// Timeline types, taken from the generated contract in one place, and the query keys.
import type { components } from '@/api/generated/schema';
import { companyScopeKey } from '@/shared/company-scope';

export type TimelineItem = components['schemas']['TimelineItem'];

export const timelineKeys = {
  items: (companyId: number, size: number) => [...companyScopeKey(companyId), 'timeline', size] as const,
};
