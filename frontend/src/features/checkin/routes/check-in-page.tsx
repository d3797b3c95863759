// /check-in — the door, phone first: pick one of today's events, then scan tickets, search
// names or admit walk-ins; it goes on without a connection and sends the queue afterwards.
import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { AttendanceCounts } from '@/components/attendance-counts';
import { Button } from '@/components/button';
import { SelectField } from '@/components/form/fields';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { useFormat } from '@/lib/format';
import { useAttendance, type Attendance } from '@/lib/reference/event-attendance';
import { useAdmitWalkIn } from '@/features/checkin/api/admit-walk-in';
import { useTodaysEvents } from '@/features/checkin/api/get-todays-events';
import { ConnectionStatus } from '@/features/checkin/components/connection-status';
import { DeviceName } from '@/features/checkin/components/device-name';
import { NameSearch } from '@/features/checkin/components/name-search';
import { ScanFeedback } from '@/features/checkin/components/scan-feedback';
import { Scanner } from '@/features/checkin/components/scanner';
import { WalkInForm } from '@/features/checkin/components/walk-in-form';
import { useCheckInStation } from '@/features/checkin/hooks/use-check-in-station';
import { useDeviceName } from '@/features/checkin/hooks/use-device-name';
import type { CheckInInput, ScanOutcome } from '@/features/checkin/offline/queue';
import type { StoredList } from '@/features/checkin/offline/store';

const UNDO_WINDOW_MS = 15 * 60 * 1000;

/** Offline, the phone's own list is the best count there is. */
function localCounts(list: StoredList, server: Attendance | undefined): Attendance {
  const count = (status: string) => list.attendees.filter((attendee) => attendee.status === status).length;
  return {
    ...(server ?? { waitlisted: 0, walkIns: 0, noShows: 0, cancelled: 0, failedScans: 0 }),
    registered: server?.registered ?? count('REGISTERED') + count('CHECKED_IN'),
    checkedIn: Math.max(count('CHECKED_IN'), server?.checkedIn ?? 0),
  };
}

function Station({ eventId, device }: { eventId: number; device: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const station = useCheckInStation(eventId, device);
  const attendance = useAttendance(eventId, { poll: station.offline ? false : 15_000 });
  const walkIn = useAdmitWalkIn(eventId);
  const [result, setResult] = useState<ScanOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<{ outcome: ScanOutcome; at: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const countsId = useId();

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const show = (outcome: ScanOutcome) => {
    setResult(outcome);
    setError(null);
    if (outcome.outcome === 'CHECKED_IN' && outcome.registrationId !== undefined) {
      const at = Date.now();
      setLast({ outcome, at });
      setNow(at);
    } else if (outcome.outcome !== 'ALREADY_CHECKED_IN' && outcome.outcome !== 'CONFLICT') {
      navigator.vibrate?.(200);
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
      setResult(await station.undo(last.outcome));
      setLast(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const list = station.list;
  const counts = list && (station.offline || !attendance.data) ? localCounts(list, attendance.data) : attendance.data;
  const canUndo = last !== null && now - last.at < UNDO_WINDOW_MS;

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
      <ScanFeedback result={result} />
      <ProblemAlert error={error} />
      {canUndo && (
        <Button appearance="secondary" disabled={busy} onClick={() => void undo()}>
          {t('checkin.undoNamed', { name: last.outcome.name ?? '' })}
        </Button>
      )}
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
      <section className="section" aria-labelledby="scan-title">
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
    </>
  );
}

export function CheckInRoute() {
  const { t } = useTranslation();
  usePageTitle(t('checkin.title'));
  const device = useDeviceName();
  const events = useTodaysEvents();
  const [searchParams, setSearchParams] = useSearchParams();
  const chosen = Number.parseInt(searchParams.get('event') ?? '', 10);
  const only = events.data?.length === 1 ? events.data[0]?.id : undefined;
  const eventId = Number.isFinite(chosen) && chosen > 0 ? chosen : only;

  return (
    <div className="checkin">
      <h1 className="utrecht-heading-1">{t('checkin.title')}</h1>
      <p>{t('checkin.intro')}</p>
      <DeviceName name={device.name} onSave={device.save} />
      {events.isPending ? (
        <Loading />
      ) : events.isError && eventId === undefined ? (
        <ProblemAlert error={events.error} />
      ) : (events.data ?? []).length === 0 && eventId === undefined ? (
        <p>{t('checkin.noEventsToday')}</p>
      ) : (
        (events.data ?? []).length > 0 && (
          <SelectField
            label={t('checkin.pickEvent')}
            name="event"
            placeholder={t('checkin.pickEventPlaceholder')}
            options={(events.data ?? []).map((event) => ({ value: String(event.id), label: event.title }))}
            value={eventId ? String(eventId) : ''}
            onChange={(change) => setSearchParams(change.target.value ? { event: change.target.value } : {})}
          />
        )
      )}
      {eventId !== undefined && device.name && <Station key={eventId} eventId={eventId} device={device.name} />}
    </div>
  );
}
