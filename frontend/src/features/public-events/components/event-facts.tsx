// When and where a public event takes place.
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { PublicEvent } from '@/features/public-events/api/types';

export function EventFacts({ event }: { event: PublicEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="details details--compact">
      <div>
        <dt>{t('publicEvents.when')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{format.date(event.startsAt)}</time> –{' '}
          <time dateTime={event.endsAt}>{format.end(event.startsAt, event.endsAt)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('publicEvents.where')}</dt>
        <dd>{[event.venue, event.onlineUrl ? t('publicEvents.online') : null].filter(Boolean).join(' · ')}</dd>
      </div>
    </dl>
  );
}
