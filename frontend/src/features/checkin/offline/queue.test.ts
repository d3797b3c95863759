/// <reference types="node" />
// Node's crypto signs tickets here as the backend does; the app itself is built without Node's types.
import 'fake-indexeddb/auto';
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { CheckInResult, ScanRequest } from '@/features/checkin/api/types';
import { checkInLocally, dismissProblems, storeFreshList, syncQueue, undoLocally, waitingCount } from '@/features/checkin/offline/queue';
import { createIndexedDbStorage, type StoredList } from '@/features/checkin/offline/store';

const keys = generateKeyPairSync('ed25519');
const ticketFor = (registrationId: number) => {
  const signed = `AJ2.1.${registrationId}.tok${registrationId}`;
  return `${signed}.${sign(null, Buffer.from(signed), keys.privateKey).toString('base64url')}`;
};

const list: StoredList = {
  eventId: 1,
  title: 'Ondernemen010 Live!',
  ticketPublicKey: keys.publicKey.export({ format: 'jwk' }).x!,
  generatedAt: '2026-11-24T08:00:00Z',
  attendees: [
    { registrationId: 1, name: 'Anouk de Jong', companyName: 'Jansen B.V.', status: 'REGISTERED', legacyTicketDigest: '' },
    { registrationId: 2, name: 'Bram de Jong', companyName: 'Bakkerij De Zon', status: 'REGISTERED', legacyTicketDigest: '' },
    { registrationId: 3, name: 'Chantal de Jong', companyName: 'Maasstad', status: 'REGISTERED', legacyTicketDigest: '' },
    { registrationId: 4, name: 'Daan Visser', companyName: 'Visser', status: 'WAITLISTED', legacyTicketDigest: '' },
  ],
};

let counter = 0;
async function setup() {
  const storage = createIndexedDbStorage(`test-${(counter += 1)}`);
  await storage.putList(list);
  let id = 0;
  const context = { storage, device: 'telefoon-test', newId: () => `client-${(id += 1)}`, now: () => new Date('2026-11-24T09:00:00Z') };
  return { storage, context };
}

describe('offline check-in queue', () => {
  it('admits by ticket and by name, marks them in the list and queues them', async () => {
    const { storage, context } = await setup();
    const byTicket = await checkInLocally(1, { ticket: ticketFor(1) }, context);
    expect(byTicket).toMatchObject({ outcome: 'CHECKED_IN', name: 'Anouk de Jong', offline: true, clientId: 'client-1' });
    const byName = await checkInLocally(1, { registrationId: 2 }, context);
    expect(byName).toMatchObject({ outcome: 'CHECKED_IN', name: 'Bram de Jong' });

    expect(await waitingCount(1, storage)).toBe(2);
    const queued = await storage.queued(1);
    expect(queued.map(({ clientId, ticket, registrationId, device, scannedAt }) => ({ clientId, ticket, registrationId, device, scannedAt }))).toEqual([
      { clientId: 'client-1', ticket: ticketFor(1), registrationId: undefined, device: 'telefoon-test', scannedAt: '2026-11-24T09:00:00.000Z' },
      { clientId: 'client-2', ticket: undefined, registrationId: 2, device: 'telefoon-test', scannedAt: '2026-11-24T09:00:00.000Z' },
    ]);
    const stored = await storage.getList(1);
    expect(stored?.attendees.filter((attendee) => attendee.status === 'CHECKED_IN').map((attendee) => attendee.registrationId)).toEqual([1, 2]);
  });

  it('says "already in" the second time and refuses forged tickets and the waitlist, without queueing', async () => {
    const { storage, context } = await setup();
    await checkInLocally(1, { registrationId: 3 }, context);
    expect(await checkInLocally(1, { ticket: ticketFor(3) }, context)).toMatchObject({ outcome: 'ALREADY_CHECKED_IN', name: 'Chantal de Jong' });
    expect(await checkInLocally(1, { ticket: `${ticketFor(1).slice(0, -4)}AAAA` }, context)).toMatchObject({ outcome: 'UNKNOWN_TICKET' });
    expect(await checkInLocally(1, { ticket: ticketFor(1).replace('AJ2.1.', 'AJ2.9.') }, context)).toMatchObject({ outcome: 'WRONG_EVENT' });
    expect(await checkInLocally(1, { registrationId: 4 }, context)).toMatchObject({ outcome: 'WAITLISTED', name: 'Daan Visser' });
    expect(await waitingCount(1, storage)).toBe(1);
  });

  it('replays the queue: applied scans leave it, conflicts and refusals are kept with the answer', async () => {
    const { storage, context } = await setup();
    await checkInLocally(1, { registrationId: 1 }, context);
    await checkInLocally(1, { registrationId: 2 }, context);
    await checkInLocally(1, { ticket: ticketFor(3) }, context);
    const send = vi.fn(async (scans: ScanRequest[]): Promise<CheckInResult[]> => [
      { outcome: 'CHECKED_IN', clientId: scans[0]!.clientId, name: 'Anouk de Jong' },
      { outcome: 'CONFLICT', clientId: scans[1]!.clientId, name: 'Bram de Jong', checkedInBy: 'checkin', device: 'telefoon-2' },
      { outcome: 'CANCELLED', clientId: scans[2]!.clientId, name: 'Chantal de Jong' },
    ]);

    const report = await syncQueue(1, storage, send);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toEqual([
      { registrationId: 1, device: 'telefoon-test', clientId: 'client-1', scannedAt: '2026-11-24T09:00:00.000Z' },
      { registrationId: 2, device: 'telefoon-test', clientId: 'client-2', scannedAt: '2026-11-24T09:00:00.000Z' },
      { ticket: ticketFor(3), device: 'telefoon-test', clientId: 'client-3', scannedAt: '2026-11-24T09:00:00.000Z' },
    ]);
    expect(report.applied).toBe(1);
    expect(report.problems.map((scan) => [scan.name, scan.problem?.outcome])).toEqual([
      ['Bram de Jong', 'CONFLICT'],
      ['Chantal de Jong', 'CANCELLED'],
    ]);
    expect(await waitingCount(1, storage)).toBe(0);

    // a second sync sends nothing again; the problems stay until dismissed
    const again = await syncQueue(1, storage, send);
    expect(send).toHaveBeenCalledTimes(1);
    expect(again.problems).toHaveLength(2);
    await dismissProblems(1, storage);
    expect(await storage.queued(1)).toEqual([]);
  });

  it('keeps everything queued when sending fails, so the next attempt replays it', async () => {
    const { storage, context } = await setup();
    await checkInLocally(1, { registrationId: 1 }, context);
    await expect(syncQueue(1, storage, async () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow('Failed to fetch');
    expect(await waitingCount(1, storage)).toBe(1);
  });

  it('keeps unsent check-ins marked when a fresh list arrives, and undo takes one back', async () => {
    const { storage, context } = await setup();
    const admitted = await checkInLocally(1, { registrationId: 2 }, context);
    const fresh = await storeFreshList({ ...list, generatedAt: '2026-11-24T09:01:00Z' }, storage);
    expect(fresh.attendees.find((attendee) => attendee.registrationId === 2)?.status).toBe('CHECKED_IN');
    await undoLocally(1, admitted.clientId!, 2, storage);
    expect(await waitingCount(1, storage)).toBe(0);
    expect((await storage.getList(1))?.attendees.find((attendee) => attendee.registrationId === 2)?.status).toBe('REGISTERED');
  });
});
