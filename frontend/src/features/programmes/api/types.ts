// Programme, stage and target types, taken from the generated contract in one place.
import type { components } from '@/api/generated/schema';
import type { Theme } from '@/shared/enums';

export type Programme = components['schemas']['Programme'];
export type ProgrammeRequest = components['schemas']['ProgrammeRequest'];
export type ProgrammePage = components['schemas']['ProgrammePage'];
export type Stage = components['schemas']['Stage'];
export type StageRequest = components['schemas']['StageRequest'];
export type StageOrderRequest = components['schemas']['StageOrderRequest'];
export type Target = components['schemas']['Target'];
export type TargetRequest = components['schemas']['TargetRequest'];

export const PROGRAMME_SORTS = ['name', '-name', 'startDate', '-startDate'] as const;
export type ProgrammeSort = (typeof PROGRAMME_SORTS)[number];

export interface ProgrammeListParams {
  q?: string;
  theme?: Theme;
  page: number;
  size: number;
  sort: ProgrammeSort;
}
