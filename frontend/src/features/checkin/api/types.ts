// Check-in types, taken from the generated contract in one place, and the query keys (under the
// shared event scope, so the event page's counts and history follow the door).
import type { components } from '@/api/generated/schema';
import { eventListsKey, eventScopeKey } from '@/shared/event-scope';

export type CheckInList = components['schemas']['CheckInList'];
export type CheckInAttendee = components['schemas']['CheckInAttendee'];
export type CheckInResult = components['schemas']['CheckInResult'];
export type ScanRequest = components['schemas']['ScanRequest'];
export type WalkInRequest = components['schemas']['WalkInRequest'];
export type TodaysEvent = Pick<components['schemas']['Event'], 'id' | 'title' | 'startsAt' | 'endsAt' | 'venue'>;

export const checkInKeys = {
  today: (from: string) => [...eventListsKey, 'today', from] as const,
  list: (eventId: number) => [...eventScopeKey(eventId), 'check-in-list'] as const,
};
