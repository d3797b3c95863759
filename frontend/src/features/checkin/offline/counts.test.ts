import { describe, expect, it } from 'vitest';
import { localCounts } from '@/features/checkin/offline/counts';
import type { StoredList } from '@/features/checkin/offline/store';

function list(checkedIn: number, registered: number): StoredList {
  const attendees = [
    ...Array.from({ length: checkedIn }, (_, i) => ({ registrationId: i + 1, name: `In ${i}`, status: 'CHECKED_IN' as const, legacyTicketDigest: '' })),
    ...Array.from({ length: registered }, (_, i) => ({ registrationId: 1000 + i, name: `Expected ${i}`, status: 'REGISTERED' as const, legacyTicketDigest: '' })),
  ];
  return { eventId: 1, title: 'Live', ticketPublicKey: 'a2V5', generatedAt: '2026-11-24T08:00:00Z', attendees };
}

const server = { registered: 30, waitlisted: 2, checkedIn: 10, walkIns: 1, noShows: 0, cancelled: 3, failedScans: 4 };

describe('the door counts', () => {
  it('are the server’s while online', () => {
    expect(localCounts(list(12, 28), server, false, 0)).toBe(server);
  });

  it('move each admission waiting offline from expected to checked in, the same people in all', () => {
    const counts = localCounts(list(12, 28), server, true, 3);
    expect(counts).toMatchObject({ checkedIn: 13, registered: 27, walkIns: 1, failedScans: 4 });
    expect(counts.checkedIn + counts.registered).toBe(server.checkedIn + server.registered);
  });

  it('never count more people in than there are', () => {
    expect(localCounts(list(0, 0), { ...server, registered: 2 }, true, 5)).toMatchObject({ checkedIn: 12, registered: 0 });
  });

  it('count the phone’s own list when it never heard from the server', () => {
    expect(localCounts(list(3, 7), undefined, true, 2)).toMatchObject({ checkedIn: 3, registered: 7, walkIns: 0 });
  });
});
