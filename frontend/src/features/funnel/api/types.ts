// Funnel types, taken from the generated contract in one place, and the query keys.
import type { components } from '@/api/generated/schema';
import { companyScopeKey } from '@/shared/company-scope';

export type ProgrammeFunnelPosition = components['schemas']['ProgrammeFunnelPosition'];
export type FunnelStagePosition = components['schemas']['FunnelStagePosition'];
export type StageRecord = components['schemas']['StageRecord'];
export type StageRecordRequest = components['schemas']['StageRecordRequest'];

export const funnelKeys = {
  position: (companyId: number) => [...companyScopeKey(companyId), 'funnel'] as const,
  records: (companyId: number) => [...companyScopeKey(companyId), 'stage-records'] as const,
};
