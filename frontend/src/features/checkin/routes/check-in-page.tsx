// /check-in — the door, phone first: the scanner and the name search on top, the answer over the
// whole screen where the volunteer looks, walk-ins and counts below, and the event and device
// chosen once. It goes on without a connection and sends the queue afterwards.
import { useCallback, useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { AttendanceCounts } from '@/components/attendance-counts';
import { Button } from '@/components/button';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { useFormat } from '@/lib/format';
import { useAttendance } from '@/shared/reference/event-attendance';
import { useAdmitWalkIn } from '@/features/checkin/api/admit-walk-in';
import { useTodaysEvents } from '@/features/checkin/api/get-todays-events';
import { ConnectionStatus } from '@/features/checkin/components/connection-status';
import { DoorSettings } from '@/features/checkin/components/door-settings';
import { NameSearch } from '@/features/checkin/components/name-search';
import { ScanFeedback, toneOf } from '@/features/checkin/components/scan-feedback';
import { Scanner } from '@/features/checkin/components/scanner';
import { WalkInForm } from '@/features/checkin/components/walk-in-form';
import { useCheckInStation } from '@/features/checkin/hooks/use-check-in-station';
import { useDeviceName } from '@/features/checkin/hooks/use-device-name';
import { useDoorSignal } from '@/features/checkin/hooks/use-door-signal';
import { localCounts } from '@/features/checkin/offline/counts';
import type { CheckInInput, ScanOutcome } from '@/features/checkin/offline/queue';

const UNDO_WINDOW_MS = 15 * 60 * 1000;

function Station({ eventId, device, signal }: { eventId: number; device: string; signal: ReturnType<typeof useDoorSignal>['signal'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const station = useCheckInStation(eventId, device);
  const attendance = useAttendance(eventId, { poll: station.offline ? false : 15_000 });
  const walkIn = useAdmitWalkIn(eventId);
  const [result, setResult] = useState<ScanOutcome | null>(null);
  const [fullScreen, setFullScreen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<{ outcome: ScanOutcome; at: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const countsId = useId();
  const shrink = useCallback(() => setFullScreen(false), []);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const show = (outcome: ScanOutcome) => {
    setResult(outcome);
    setFullScreen(true);
    setError(null);
    signal(toneOf(outcome.outcome));
    if (outcome.outcome === 'CHECKED_IN' && outcome.registrationId !== undefined) {
      const at = Date.now();
      setLast({ outcome, at });
      setNow(at);
    }
  };

  const run = async (input: CheckInInput, known?: { name?: string; companyName?: string }) => {
    setBusy(true);
    try {
      const outcome = await station.admit(input);
      show({ ...outcome, name: outcome.name ?? known?.name, companyName: outcome.companyName ?? known?.companyName });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!last) return;
    setBusy(true);
    try {
      show(await station.undo(last.outcome));
      setLast(null);
    } catch (caught) {
      setError(caught);
      setFullScreen(false);
    } finally {
      setBusy(false);
    }
  };

  const list = station.list;
  const counts = list ? localCounts(list, attendance.data, station.offline, station.waiting) : attendance.data;
  const canUndo = last !== null && now - last.at < UNDO_WINDOW_MS && result?.clientId === last.outcome.clientId;

  return (
    <>
      <ConnectionStatus
        offline={station.offline}
        waiting={station.waiting}
        syncing={station.syncing}
        synced={station.synced}
        problems={station.problems}
        onDismiss={() => void station.dismiss()}
      />
      <ScanFeedback
        result={result}
        fullScreen={fullScreen}
        onShrink={shrink}
        pending={station.waiting > 0}
        undo={canUndo ? { label: t('checkin.undoNamed', { name: last.outcome.name ?? '' }), busy, onUndo: () => void undo() } : undefined}
      />
      <ProblemAlert error={error} />
      <section className="section section--first" aria-labelledby="scan-title">
        <h2 id="scan-title" className="utrecht-heading-2">
          {t('checkin.scan.title')}
        </h2>
        <Scanner onScan={(text) => run({ ticket: text })} />
      </section>
      <section className="section" aria-labelledby="search-title">
        <h2 id="search-title" className="utrecht-heading-2">
          {t('checkin.search.title')}
        </h2>
        <NameSearch
          attendees={list?.attendees ?? []}
          busy={busy}
          onCheckIn={(attendee) => void run({ registrationId: attendee.registrationId }, attendee)}
        />
      </section>
      <details className="section walk-in">
        <summary>
          <h2 className="utrecht-heading-2">{t('checkin.walkIn.title')}</h2>
        </summary>
        <WalkInForm
          offline={station.offline}
          saving={walkIn.isPending}
          error={walkIn.error}
          onSubmit={(request, reset) =>
            walkIn.mutate(
              { ...request, device },
              {
                onSuccess: (outcome) => {
                  show({ ...outcome, name: outcome.name ?? request.name, companyName: outcome.companyName ?? request.companyName });
                  reset();
                  void station.refreshList();
                },
              },
            )
          }
        />
      </details>
      <section className="section checkin-counts" aria-labelledby={countsId}>
        <h2 id={countsId} className="utrecht-heading-2">
          {t('checkin.counts')}
        </h2>
        {counts ? <AttendanceCounts attendance={counts} compact labelledBy={countsId} /> : <Loading />}
        <p className="checkin-list-state">
          {list
            ? t('checkin.listReady', { time: format.date(list.generatedAt), count: list.attendees.length })
            : t('checkin.listMissing')}{' '}
          {!station.offline && (
            <Button appearance="subtle" onClick={() => void station.refreshList()}>
              {t('checkin.refreshList')}
            </Button>
          )}
        </p>
      </section>
    </>
  );
}

export function CheckInRoute() {
  const { t } = useTranslation();
  usePageTitle(t('checkin.title'));
  const device = useDeviceName();
  const door = useDoorSignal();
  const events = useTodaysEvents();
  const [searchParams, setSearchParams] = useSearchParams();
  const chosen = Number.parseInt(searchParams.get('event') ?? '', 10);
  const only = events.data?.length === 1 ? events.data[0]?.id : undefined;
  const eventId = Number.isFinite(chosen) && chosen > 0 ? chosen : only;
  const ready = eventId !== undefined && device.name !== null;

  return (
    <div className="checkin">
      <h1 className={ready ? 'visually-hidden' : 'utrecht-heading-1'}>{t('checkin.title')}</h1>
      {!ready && <p>{t('checkin.intro')}</p>}
      {events.isPending ? (
        <Loading />
      ) : events.isError && eventId === undefined ? (
        <ProblemAlert error={events.error} />
      ) : (
        <>
          {(events.data ?? []).length === 0 && eventId === undefined && <p>{t('checkin.noEventsToday')}</p>}
          <DoorSettings
            device={device.name}
            onDevice={device.save}
            events={events.data ?? []}
            eventId={eventId}
            onEvent={(id) => setSearchParams(id ? { event: String(id) } : {})}
            sound={door.sound}
            onSound={door.setSound}
          />
        </>
      )}
      {ready && <Station key={eventId} eventId={eventId} device={device.name ?? ''} signal={door.signal} />}
    </div>
  );
}
