// The values of the contract's enums, in display order, typed against the generated schema so
// a changed enum fails the build. Labels live in the locales under enums.* (themes: programmes.theme).
import type { components } from '@/api/generated/schema';

type Schemas = components['schemas'];
export type Theme = Schemas['Theme'];
export type Need = Schemas['Need'];
export type ActivityType = Schemas['ActivityType'];
export type SizeClass = Schemas['SizeClass'];
export type ReferralStatus = Schemas['ReferralStatus'];
export type TimelineKind = Schemas['TimelineKind'];
export type StageSource = Schemas['StageSource'];
export type RegistrationStatus = Schemas['RegistrationStatus'];
export type EventType = Schemas['EventType'];
export type EventStatus = Schemas['EventStatus'];
export type CheckInOutcome = Schemas['CheckInOutcome'];
export type Indicator = Schemas['Indicator'];

export const THEMES = [
  'SUSTAINABLE',
  'DIGITAL',
  'CIRCULAR',
  'INNOVATION',
  'INTERNATIONAL',
  'SKILLS',
] as const satisfies readonly Theme[];

export const NEEDS = [
  'FINANCING',
  'STAFF_AND_SKILLS',
  'DIGITALISATION',
  'SUSTAINABILITY',
  'CIRCULARITY',
  'INTERNATIONAL_TRADE',
  'REGULATION',
  'PREMISES',
  'NETWORK',
] as const satisfies readonly Need[];

export const INDICATORS = [
  'JOBS_CREATED',
  'JOBS_RETAINED',
  'INVESTMENT_EUR',
  'SUSTAINABILITY_MEASURE',
  'DIGITAL_MEASURE',
] as const satisfies readonly Indicator[];

export const ACTIVITY_TYPES = [
  'ADVICE_SESSION',
  'COMPANY_VISIT',
  'RESEARCH_INTERVIEW',
  'WORKSHOP',
  'PHONE_CALL',
] as const satisfies readonly ActivityType[];

export const SIZE_CLASSES = ['MICRO', 'SMALL', 'MEDIUM'] as const satisfies readonly SizeClass[];

export const REFERRAL_STATUSES = ['OPEN', 'ACCEPTED', 'DECLINED', 'DONE'] as const satisfies readonly ReferralStatus[];

export const TIMELINE_KINDS = [
  'ACTIVITY',
  'REFERRAL_SENT',
  'REFERRAL_ACCEPTED',
  'REFERRAL_DECLINED',
  'REFERRAL_DONE',
  'STAGE_REACHED',
  'STAGE_WITHDRAWN',
  'EVENT_REGISTERED',
  'EVENT_CHECKED_IN',
  'CHANGE',
] as const satisfies readonly TimelineKind[];

export const REGISTRATION_STATUSES = [
  'REGISTERED',
  'WAITLISTED',
  'CANCELLED',
  'CHECKED_IN',
  'NO_SHOW',
] as const satisfies readonly RegistrationStatus[];

export const EVENT_TYPES = [
  'INSPIRATION_SESSION',
  'WORKSHOP',
  'MASTERCLASS',
  'NETWORK_EVENT',
  'WEBINAR',
] as const satisfies readonly EventType[];

export const EVENT_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED'] as const satisfies readonly EventStatus[];

export const CHECK_IN_OUTCOMES = [
  'CHECKED_IN',
  'ALREADY_CHECKED_IN',
  'CONFLICT',
  'WRONG_EVENT',
  'CANCELLED',
  'WAITLISTED',
  'NOT_OPEN',
  'UNKNOWN_TICKET',
  'UNDONE',
] as const satisfies readonly CheckInOutcome[];

export const STAGE_SOURCES = ['ACTIVITY', 'EVENT_ATTENDANCE', 'IMPORT', 'MANUAL'] as const satisfies readonly StageSource[];

/** The value when it is one of the allowed ones, else undefined (for URL parameters). */
export function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}
