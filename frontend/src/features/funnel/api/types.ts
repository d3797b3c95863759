// Funnel types, taken from the generated contract in one place.
import type { components } from '@/api/generated/schema';

export type ProgrammeFunnelPosition = components['schemas']['ProgrammeFunnelPosition'];
export type FunnelStagePosition = components['schemas']['FunnelStagePosition'];
export type StageRecord = components['schemas']['StageRecord'];
export type StageRecordRequest = components['schemas']['StageRecordRequest'];
