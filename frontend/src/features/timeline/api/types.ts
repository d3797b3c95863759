// Timeline types, taken from the generated contract in one place, and the query keys.
import type { components } from '@/api/generated/schema';
import { companyScopeKey } from '@/lib/company-scope';

export type TimelineItem = components['schemas']['TimelineItem'];
export type TimelineActivity = Pick<components['schemas']['Activity'], 'id' | 'confidential' | 'occurredOn'>;

export const timelineKeys = {
  items: (companyId: number, size: number) => [...companyScopeKey(companyId), 'timeline', size] as const,
  activities: (companyId: number) => [...companyScopeKey(companyId), 'timeline', 'activities'] as const,
};
