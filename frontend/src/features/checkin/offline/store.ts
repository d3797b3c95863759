// What a phone keeps in IndexedDB for check-in without a connection: per event the attendee
// list with the tickets' public key, and the queue of check-ins made offline (each with its clientId, so
// the server applies a replay once). Tests use fake-indexeddb; the logic above it takes the
// CheckInStorage interface.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CheckInAttendee, CheckInResult } from '@/features/checkin/api/types';

export interface StoredList {
  eventId: number;
  title: string;
  /** Absent in a list stored before tickets were signed with Ed25519: refetched when online. */
  ticketPublicKey?: string;
  generatedAt: string;
  attendees: CheckInAttendee[];
}

export interface QueuedScan {
  clientId: string;
  eventId: number;
  ticket?: string;
  registrationId?: number;
  device: string;
  scannedAt: string;
  /** For the list of problems after syncing. */
  name?: string;
  companyName?: string;
  /** Set after a sync that did not apply it (a conflict or a refusal), until dismissed. */
  problem?: CheckInResult;
}

export interface CheckInStorage {
  getList(eventId: number): Promise<StoredList | undefined>;
  putList(list: StoredList): Promise<void>;
  /** Every queued scan of the event, oldest first, problems included. */
  queued(eventId: number): Promise<QueuedScan[]>;
  put(scan: QueuedScan): Promise<void>;
  remove(clientIds: readonly string[]): Promise<void>;
}

interface CheckInDb extends DBSchema {
  lists: { key: number; value: StoredList };
  queue: { key: string; value: QueuedScan; indexes: { byEvent: number } };
}

const DB_NAME = 'aanjager-checkin';

export function createIndexedDbStorage(name: string = DB_NAME): CheckInStorage {
  let opened: Promise<IDBPDatabase<CheckInDb>> | undefined;
  const db = () =>
    (opened ??= openDB<CheckInDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('lists', { keyPath: 'eventId' });
        database.createObjectStore('queue', { keyPath: 'clientId' }).createIndex('byEvent', 'eventId');
      },
    }));
  return {
    async getList(eventId) {
      return (await db()).get('lists', eventId);
    },
    async putList(list) {
      await (await db()).put('lists', list);
    },
    async queued(eventId) {
      const scans = await (await db()).getAllFromIndex('queue', 'byEvent', eventId);
      return scans.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
    },
    async put(scan) {
      await (await db()).put('queue', scan);
    },
    async remove(clientIds) {
      const transaction = (await db()).transaction('queue', 'readwrite');
      await Promise.all([...clientIds.map((id) => transaction.store.delete(id)), transaction.done]);
    },
  };
}

let shared: CheckInStorage | undefined;

/** The browser's store, opened on first use. */
export function checkInStorage(): CheckInStorage {
  shared ??= createIndexedDbStorage();
  return shared;
}
