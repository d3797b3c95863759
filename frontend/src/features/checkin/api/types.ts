// Check-in types, taken from the generated contract in one place. The door reads events under
// the shared event keys (shared/query-keys/events), so the event page's counts and history follow it.
import type { components } from '@/api/generated/schema';

export type CheckInList = components['schemas']['CheckInList'];
export type CheckInAttendee = components['schemas']['CheckInAttendee'];
export type CheckInResult = components['schemas']['CheckInResult'];
export type ScanRequest = components['schemas']['ScanRequest'];
export type WalkInRequest = components['schemas']['WalkInRequest'];
export type TodaysEvent = Pick<components['schemas']['Event'], 'id' | 'title' | 'startsAt' | 'endsAt' | 'venue'>;
