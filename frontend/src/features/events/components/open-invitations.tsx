// Above the events list, for a partner user: the events its partner is invited to organise and
// has not answered yet, each linking to the event page where it accepts or declines.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useFormat } from '@/lib/format';
import { useInvitedEvents } from '@/features/events/api/get-invited-events';

export function OpenInvitations() {
  const { t } = useTranslation();
  const format = useFormat();
  const invited = useInvitedEvents(true);
  if (invited.isError) return <ProblemAlert error={invited.error} />;
  if (!invited.data || invited.data.length === 0) return null;
  return (
    <section className="invitation" aria-labelledby="open-invitations-title">
      <h2 id="open-invitations-title" className="utrecht-heading-2">
        {t('events.invitation.openTitle', { count: invited.data.length })}
      </h2>
      <p>{t('events.invitation.openIntro')}</p>
      <ul className="invitation-list">
        {invited.data.map((event) => (
          <li key={event.id}>
            <Link className="utrecht-link" to={`/events/${event.id}`}>
              {event.title}
            </Link>
            , <time dateTime={event.startsAt}>{format.date(event.startsAt)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
