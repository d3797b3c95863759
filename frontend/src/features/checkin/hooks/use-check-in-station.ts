// Everything the door does for one event: keep its attendee list (and ticket key) on the phone,
// check people in through the API while online and on the phone while not, and send the queue
// when the connection is back.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { invalidateEvent } from '@/shared/query-keys/events';
import { isApiProblem } from '@/lib/problem';
import { checkIn } from '@/features/checkin/api/check-in';
import { checkInBatch } from '@/features/checkin/api/check-in-batch';
import { getCheckInList } from '@/features/checkin/api/get-check-in-list';
import { undoCheckIn } from '@/features/checkin/api/undo-check-in';
import { useOnline } from '@/features/checkin/hooks/use-online';
import {
  checkInLocally,
  dismissProblems,
  storeFreshList,
  syncQueue,
  undoLocally,
  waitingCount,
  type CheckInInput,
  type ScanOutcome,
} from '@/features/checkin/offline/queue';
import { checkInStorage, type CheckInStorage, type QueuedScan, type StoredList } from '@/features/checkin/offline/store';

const LIST_REFRESH_MS = 60_000;
const RETRY_MS = 10_000;

/**
 * No answer the door can act on: the network, a proxy, the database briefly away (503), or a
 * token that expired while Keycloak is down (401; with Keycloak up the page goes to the login).
 * The door goes on offline and sends the scans later.
 */
export function isNetworkError(error: unknown): boolean {
  return !isApiProblem(error) || [401, 502, 503, 504].includes(error.status);
}

export function useCheckInStation(eventId: number | undefined, device: string, storage: CheckInStorage = checkInStorage()) {
  const queryClient = useQueryClient();
  const online = useOnline();
  const [networkDown, setNetworkDown] = useState(false);
  const [list, setList] = useState<StoredList>();
  const [waiting, setWaiting] = useState(0);
  const [problems, setProblems] = useState<QueuedScan[]>([]);
  const [syncing, setSyncing] = useState(false);
  const [synced, setSynced] = useState(0);
  const busy = useRef(false);
  const offline = !online || networkDown;

  const refreshQueue = useCallback(async () => {
    if (eventId === undefined) return;
    const all = await storage.queued(eventId);
    setWaiting(all.filter((scan) => !scan.problem).length);
    setProblems(all.filter((scan) => scan.problem));
  }, [eventId, storage]);

  const loadList = useCallback(async () => {
    if (eventId === undefined) return;
    const stored = await storage.getList(eventId);
    setList(stored);
    await refreshQueue();
    if (!navigator.onLine) return;
    try {
      const fresh = await getCheckInList(eventId);
      setNetworkDown(false);
      setList(await storeFreshList(fresh, storage));
    } catch (error) {
      if (isNetworkError(error)) setNetworkDown(true);
    }
  }, [eventId, storage, refreshQueue]);

  const sync = useCallback(async () => {
    if (eventId === undefined || busy.current || !navigator.onLine) return;
    if ((await waitingCount(eventId, storage)) === 0) return;
    busy.current = true;
    setSyncing(true);
    try {
      const report = await syncQueue(eventId, storage, (scans) => checkInBatch(eventId, scans));
      setNetworkDown(false);
      setSynced(report.applied);
      await invalidateEvent(queryClient, eventId);
      await loadList();
    } catch (error) {
      if (isNetworkError(error)) setNetworkDown(true);
    } finally {
      busy.current = false;
      setSyncing(false);
      await refreshQueue();
    }
  }, [eventId, storage, queryClient, loadList, refreshQueue]);

  // on opening: the stored list at once, then a fresh one, then whatever waits from before
  useEffect(() => {
    const first = window.setTimeout(() => void loadList().then(() => sync()), 0);
    const timer = window.setInterval(() => void loadList(), LIST_REFRESH_MS);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [loadList, sync]);

  // back online: send the queue; while the server is away, try again now and then
  useEffect(() => {
    const onOnline = () => void sync();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [sync]);
  useEffect(() => {
    if (!online || (!networkDown && waiting === 0)) return;
    const timer = window.setInterval(() => void (waiting > 0 ? sync() : loadList()), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [online, networkDown, waiting, sync, loadList]);

  const admit = async (input: CheckInInput): Promise<ScanOutcome> => {
    if (eventId === undefined) throw new Error('No event chosen');
    const clientId = crypto.randomUUID();
    if (navigator.onLine) {
      try {
        const result = await checkIn(eventId, { ...input, device, clientId });
        setNetworkDown(false);
        void invalidateEvent(queryClient, eventId);
        void loadList();
        return { ...result, offline: false };
      } catch (error) {
        if (!isNetworkError(error)) throw error;
        setNetworkDown(true);
      }
    }
    const outcome = await checkInLocally(eventId, input, { storage, device, newId: () => clientId });
    setList(await storage.getList(eventId));
    await refreshQueue();
    return outcome;
  };

  const undo = async (outcome: ScanOutcome): Promise<ScanOutcome> => {
    if (eventId === undefined || outcome.registrationId === undefined) throw new Error('Nothing to undo');
    const queued = (await storage.queued(eventId)).some((scan) => scan.clientId === outcome.clientId);
    if (outcome.offline && outcome.clientId && queued) {
      await undoLocally(eventId, outcome.clientId, outcome.registrationId, storage);
      setList(await storage.getList(eventId));
      await refreshQueue();
      return { ...outcome, outcome: 'UNDONE' };
    }
    const result = await undoCheckIn(eventId, outcome.registrationId, device);
    void invalidateEvent(queryClient, eventId);
    await loadList();
    return { ...result, name: result.name ?? outcome.name, registrationId: outcome.registrationId, offline: false };
  };

  const dismiss = async () => {
    if (eventId === undefined) return;
    await dismissProblems(eventId, storage);
    await refreshQueue();
  };

  return { list, offline, waiting, problems, syncing, synced, admit, undo, dismiss, refreshList: loadList };
}
