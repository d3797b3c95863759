// /events/:id — the event, its status actions, live attendance, registrations and the check-in
// history, and a link to its public registration page.
import { useId, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { AttendanceCounts } from '@/components/attendance-counts';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useActingPartner, useCan } from '@/shared/authorization';
import { useAttendance } from '@/shared/reference/event-attendance';
import { useEvent } from '@/features/events/api/get-event';
import { CheckInHistory } from '@/features/events/components/check-in-history';
import { EventDetails } from '@/features/events/components/event-details';
import { EventStatusActions } from '@/features/events/components/event-status-actions';
import { OrganiserInvitation } from '@/features/events/components/organiser-invitation';
import { RegistrationsSection } from '@/features/events/components/registrations-section';

function LiveAttendance({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const attendance = useAttendance(eventId);
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2">
        {t('attendance.title')}
      </h2>
      {attendance.isPending ? (
        <Loading />
      ) : attendance.isError ? (
        <ProblemAlert error={attendance.error} />
      ) : (
        <AttendanceCounts attendance={attendance.data} labelledBy={titleId} />
      )}
    </section>
  );
}

export function EventDetailRoute() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const location = useLocation();
  const event = useEvent(id);
  const canWrite = useCan('events:write');
  const seesAttendance = useCan('events:attendance');
  const { actsForNetwork, ownPartnerId } = useActingPartner();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  usePageTitle(event.data?.data.title ?? t('events.title'));

  if (event.isPending) return <Loading />;
  if (event.isError) return <ProblemAlert error={event.error} />;
  const data = event.data.data;
  const isPublic = data.status === 'PUBLISHED';
  const own = (ids: number[]) => ownPartnerId !== undefined && ids.includes(ownPartnerId);
  // admin and staff manage every event; a partner only those it organises (an invitation is not yet that)
  const manages = canWrite && (actsForNetwork || own(data.organiserIds));
  const invited = !actsForNetwork && own(data.invitedOrganiserIds);

  return (
    <>
      <p className="back-link">
        <Link className="utrecht-link" to="/events">
          {t('events.title')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">
        {data.title}
        <span className="heading-secondary">{t(`eventEnums.type.${data.type}`)}</span>
      </h1>
      <StatusMessage message={notice} />
      {invited && (
        <OrganiserInvitation
          event={data}
          organisers={data.organisers.map((organiser) => organiser.name).join(', ')}
          onDone={setNotice}
        />
      )}
      {manages && <EventStatusActions event={data} onDone={setNotice} />}
      {isPublic && (
        <p>
          <a className="utrecht-link" href={`/publiek/bijeenkomsten/${data.id}`}>
            {t('events.publicPage')}
          </a>
        </p>
      )}
      <section className="section section--first" aria-labelledby="event-details-title">
        <h2 id="event-details-title" className="utrecht-heading-2">
          {t('events.details')}
        </h2>
        <EventDetails event={data} />
      </section>
      {seesAttendance && <LiveAttendance eventId={id} />}
      {manages && <RegistrationsSection event={data} canWrite={manages} />}
      {seesAttendance && <CheckInHistory eventId={id} />}
    </>
  );
}
