// Event, registration and check-in history types, taken from the generated contract in one
// place (the query keys, which the door shares: shared/query-keys/events).
import type { components } from '@/api/generated/schema';
import type { EventStatus, RegistrationStatus } from '@/shared/enums';

export type Event = components['schemas']['Event'];
export type EventRequest = components['schemas']['EventRequest'];
export type EventPage = components['schemas']['EventPage'];
export type Registration = components['schemas']['Registration'];
export type RegistrationPage = components['schemas']['RegistrationPage'];
export type CheckInAttempt = components['schemas']['CheckInAttempt'];

export const PERIODS = ['upcoming', 'past'] as const;
export type Period = (typeof PERIODS)[number];

export interface EventListParams {
  period: Period;
  status?: EventStatus;
  programmeId?: number;
  q?: string;
  page: number;
  size: number;
}

export interface RegistrationListParams {
  status?: RegistrationStatus;
  page: number;
  size: number;
}
