// Events as a table: title (link to the event page), when, where, programme, status.
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Event } from '@/features/events/api/types';
import { EventStatusBadge } from '@/features/events/components/event-status-badge';

export function EventsTable({ events }: { events: Event[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className="utrecht-table__caption visually-hidden">
          {t('events.tableCaption')}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('events.fields.title')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('events.fields.when')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('events.fields.where')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('events.fields.programme')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('events.fields.status')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {events.map((event) => (
            <tr key={event.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell row-header">
                <Link className="utrecht-link" to={`/events/${event.id}`}>
                  {event.title}
                </Link>
                <span className="cell-secondary">{t(`eventEnums.type.${event.type}`)}</span>
              </th>
              <td className="utrecht-table__cell">
                <time dateTime={event.startsAt}>{format.date(event.startsAt)}</time>
              </td>
              <td className="utrecht-table__cell">{event.venue || (event.onlineUrl ? t('events.online') : '')}</td>
              <td className="utrecht-table__cell">{event.programmeName}</td>
              <td className="utrecht-table__cell">
                <EventStatusBadge status={event.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
