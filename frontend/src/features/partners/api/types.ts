// The partner types, taken from the generated contract in one place.
import type { components } from '@/api/generated/schema';

export type Partner = components['schemas']['Partner'];
export type PartnerRequest = components['schemas']['PartnerRequest'];
export type PartnerKind = components['schemas']['PartnerKind'];
export type PartnerPage = components['schemas']['PartnerPage'];

export const PARTNER_KINDS = [
  'CHAMBER_OF_COMMERCE',
  'INDUSTRY_ASSOCIATION',
  'KNOWLEDGE_INSTITUTION',
  'FINANCIAL_INSTITUTION',
  'BUSINESS_NETWORK',
  'GOVERNMENT',
  'ADVISORY',
  'OTHER',
] as const satisfies readonly PartnerKind[];

export const PARTNER_SORTS = ['name', '-name', 'kind', '-kind'] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

export interface PartnerListParams {
  q?: string;
  kind?: PartnerKind;
  page: number;
  size: number;
  sort: PartnerSort;
}
