// Event, registration and check-in history types, taken from the generated contract in one
// place, and the query keys (under the shared event scope, see shared/event-scope.ts).
import type { components } from '@/api/generated/schema';
import type { EventStatus, RegistrationStatus } from '@/shared/enums';
import { eventListsKey, eventScopeKey } from '@/shared/event-scope';

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

export const eventKeys = {
  lists: () => eventListsKey,
  list: (params: EventListParams) => [...eventListsKey, params] as const,
  /** The events the user's partner is invited to organise (a list: any event change refreshes it). */
  invited: () => [...eventListsKey, 'invited'] as const,
  detail: (id: number) => [...eventScopeKey(id), 'detail'] as const,
  registrations: (id: number) => [...eventScopeKey(id), 'registrations'] as const,
  registrationList: (id: number, params: RegistrationListParams) => [...eventKeys.registrations(id), params] as const,
  checkIns: (id: number) => [...eventScopeKey(id), 'check-ins'] as const,
};
