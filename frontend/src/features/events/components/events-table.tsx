// Events as a table: title (link to the event page), when, where, programme, status.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import { useFormat } from '@/lib/format';
import type { Event } from '@/features/events/api/types';
import { EventStatusBadge } from '@/features/events/components/event-status-badge';

export function EventsTable({ events }: { events: Event[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table
      caption={t('events.tableCaption')}
      columns={[
        t('events.fields.title'),
        t('events.fields.when'),
        t('events.fields.where'),
        t('events.fields.programme'),
        t('events.fields.status'),
      ]}
    >
      {events.map((event) => (
        <TableRow key={event.id}>
          <RowHeader>
            <Link className="utrecht-link" to={`/events/${event.id}`}>
              {event.title}
            </Link>
            <span className="cell-secondary">{t(`eventEnums.type.${event.type}`)}</span>
          </RowHeader>
          <Cell>
            <time dateTime={event.startsAt}>{format.date(event.startsAt)}</time>
          </Cell>
          <Cell>{event.venue || (event.onlineUrl ? t('events.online') : '')}</Cell>
          <Cell>{event.programmeName}</Cell>
          <Cell>
            <EventStatusBadge status={event.status} />
          </Cell>
        </TableRow>
      ))}
    </Table>
  );
}
