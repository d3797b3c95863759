// /publiek/bijeenkomsten — the published events anyone can register for (no login).
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { usePublicEvents } from '@/features/public-events/api/get-public-events';
import { EventFacts } from '@/features/public-events/components/event-facts';

export function PublicEventsListRoute() {
  const { t } = useTranslation();
  usePageTitle(t('publicEvents.title'));
  const events = usePublicEvents();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('publicEvents.title')}</h1>
      <p className="lead">{t('publicEvents.intro')}</p>
      {events.isPending ? (
        <Loading shape="table" />
      ) : events.isError ? (
        <ProblemAlert error={events.error} />
      ) : events.data.length === 0 ? (
        <p>{t('publicEvents.empty')}</p>
      ) : (
        <ul className="card-list" aria-label={t('publicEvents.listLabel')}>
          {events.data.map((event) => (
            <li key={event.id} className="card">
              <h2 className="utrecht-heading-3 card__title">{event.title}</h2>
              <p className="card__meta">{t(`eventEnums.type.${event.type}`)}</p>
              <EventFacts event={event} />
              <p>
                <Link className="utrecht-link" to={`/publiek/bijeenkomsten/${event.id}`}>
                  {event.full ? t('publicEvents.full') : t('publicEvents.more')}
                  <span className="visually-hidden">: {event.title}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
