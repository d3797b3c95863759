// Referral types, taken from the generated contract in one place.
import type { components } from '@/api/generated/schema';
import type { ReferralStatus } from '@/shared/enums';

export type Referral = components['schemas']['Referral'];
export type ReferralRequest = components['schemas']['ReferralRequest'];
export type ReferralPage = components['schemas']['ReferralPage'];

/** The receiver's answer or closing note. */
export interface RespondInput {
  id: number;
  note?: string;
}

export const BOXES = ['INBOX', 'OUTBOX'] as const;
export type Box = (typeof BOXES)[number];

export interface ReferralListParams {
  box: Box;
  status?: ReferralStatus;
  /** Admin and staff: whose box; partners always see their own. */
  partnerId?: number;
  page: number;
  size: number;
}
