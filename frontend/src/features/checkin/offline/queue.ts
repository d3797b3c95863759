// The offline part of check-in: decide at the door from the stored list, queue what was decided,
// and replay the queue through the batch endpoint when the connection is back.
import type { CheckInOutcome } from '@/shared/enums';
import type { CheckInAttendee, CheckInResult, ScanRequest } from '@/features/checkin/api/types';
import type { CheckInStorage, QueuedScan, StoredList } from '@/features/checkin/offline/store';
import { verifyTicket } from '@/features/checkin/offline/ticket';

/** What the door shows after a scan or a look-up. */
export interface ScanOutcome {
  outcome: CheckInOutcome;
  registrationId?: number;
  name?: string;
  companyName?: string;
  checkedInAt?: string;
  checkedInBy?: string;
  /** The device that checked the person in. */
  device?: string;
  detail?: string;
  /** Decided on this phone, waiting to be sent. */
  offline?: boolean;
  clientId?: string;
}

export type CheckInInput = { ticket: string } | { registrationId: number };

export interface LocalContext {
  storage: CheckInStorage;
  device: string;
  now?: () => Date;
  newId?: () => string;
}

const REFUSING: Partial<Record<CheckInAttendee['status'], CheckInOutcome>> = {
  CANCELLED: 'CANCELLED',
  WAITLISTED: 'WAITLISTED',
  NO_SHOW: 'NOT_OPEN',
};

function withStatus(list: StoredList, registrationId: number, at: string): StoredList {
  return {
    ...list,
    attendees: list.attendees.map((attendee) =>
      attendee.registrationId === registrationId ? { ...attendee, status: 'CHECKED_IN', checkedInAt: at } : attendee,
    ),
  };
}

/**
 * Checks someone in without the server: a ticket is verified with the list's public key, a name comes
 * from the stored list. An admission is marked in the list and queued; refusals are not queued.
 */
export async function checkInLocally(eventId: number, input: CheckInInput, context: LocalContext): Promise<ScanOutcome> {
  const now = (context.now ?? (() => new Date()))();
  const list = await context.storage.getList(eventId);
  if (!list) return { outcome: 'NOT_OPEN', offline: true };

  let registrationId: number;
  if ('ticket' in input) {
    const check = await verifyTicket(input.ticket, eventId, list);
    if (!check.valid) return { outcome: check.reason, offline: true };
    registrationId = check.ticket.registrationId;
  } else {
    registrationId = input.registrationId;
  }

  const attendee = list.attendees.find((candidate) => candidate.registrationId === registrationId);
  const person = { registrationId, name: attendee?.name, companyName: attendee?.companyName };
  const refusal = attendee ? REFUSING[attendee.status] : undefined;
  if (refusal) return { ...person, outcome: refusal, offline: true };
  if (attendee?.status === 'CHECKED_IN') {
    return { ...person, outcome: 'ALREADY_CHECKED_IN', checkedInAt: attendee.checkedInAt ?? undefined, offline: true };
  }
  // A genuine ticket the stored list does not know yet (registered after the download) is let
  // in; the server has the last word when the queue is sent.
  const at = now.toISOString();
  const scan: QueuedScan = {
    clientId: (context.newId ?? (() => crypto.randomUUID()))(),
    eventId,
    ...('ticket' in input ? { ticket: input.ticket.trim() } : { registrationId }),
    device: context.device,
    scannedAt: at,
    name: attendee?.name,
    companyName: attendee?.companyName,
  };
  await context.storage.put(scan);
  await context.storage.putList(withStatus(list, registrationId, at));
  return { ...person, outcome: 'CHECKED_IN', checkedInAt: at, offline: true, clientId: scan.clientId };
}

/** Takes a check-in made offline back out of the queue (undo before it was sent). */
export async function undoLocally(eventId: number, clientId: string, registrationId: number, storage: CheckInStorage) {
  await storage.remove([clientId]);
  const list = await storage.getList(eventId);
  if (!list) return;
  await storage.putList({
    ...list,
    attendees: list.attendees.map((attendee) =>
      attendee.registrationId === registrationId ? { ...attendee, status: 'REGISTERED', checkedInAt: undefined } : attendee,
    ),
  });
}

/** A fresh list from the server, with this phone's unsent check-ins still marked in it. */
export async function storeFreshList(list: StoredList, storage: CheckInStorage): Promise<StoredList> {
  const pending = (await storage.queued(list.eventId)).filter((scan) => !scan.problem);
  let merged = list;
  for (const scan of pending) {
    const registrationId = scan.registrationId ?? Number(scan.ticket?.split('.')[2]);
    if (Number.isFinite(registrationId)) merged = withStatus(merged, registrationId, scan.scannedAt);
  }
  await storage.putList(merged);
  return merged;
}

export interface SyncReport {
  /** Applied by the server (checked in, or already in): taken out of the queue. */
  applied: number;
  /** Conflicts and refusals: kept, with the server's answer, until the user dismisses them. */
  problems: QueuedScan[];
}

const BATCH = 500;
const APPLIED: readonly CheckInOutcome[] = ['CHECKED_IN', 'ALREADY_CHECKED_IN'];

function toRequest(scan: QueuedScan): ScanRequest {
  return scan.ticket !== undefined
    ? { ticket: scan.ticket, device: scan.device, clientId: scan.clientId, scannedAt: scan.scannedAt }
    : { registrationId: scan.registrationId, device: scan.device, clientId: scan.clientId, scannedAt: scan.scannedAt };
}

/**
 * Sends the unsent scans, oldest first, in batches. A network error leaves the queue as it was
 * (a replay is applied once, so sending twice is safe).
 */
export async function syncQueue(
  eventId: number,
  storage: CheckInStorage,
  send: (scans: ScanRequest[]) => Promise<CheckInResult[]>,
): Promise<SyncReport> {
  const pending = (await storage.queued(eventId)).filter((scan) => !scan.problem);
  let applied = 0;
  for (let start = 0; start < pending.length; start += BATCH) {
    const chunk = pending.slice(start, start + BATCH);
    const results = await send(chunk.map(toRequest));
    const done: string[] = [];
    for (const [index, scan] of chunk.entries()) {
      const result = results.find((candidate) => candidate.clientId === scan.clientId) ?? results[index];
      if (!result) continue; // no answer for it: it stays queued for the next attempt
      if (APPLIED.includes(result.outcome)) {
        done.push(scan.clientId);
        applied += 1;
      } else {
        await storage.put({ ...scan, problem: result, name: scan.name ?? result.name, companyName: scan.companyName ?? result.companyName });
      }
    }
    await storage.remove(done);
  }
  const problems = (await storage.queued(eventId)).filter((scan) => scan.problem);
  return { applied, problems };
}

/** Unsent scans of the event (problems excluded). */
export async function waitingCount(eventId: number, storage: CheckInStorage): Promise<number> {
  return (await storage.queued(eventId)).filter((scan) => !scan.problem).length;
}

export async function dismissProblems(eventId: number, storage: CheckInStorage): Promise<void> {
  const problems = (await storage.queued(eventId)).filter((scan) => scan.problem);
  await storage.remove(problems.map((scan) => scan.clientId));
}
