// The facts of an event as a description list. The event names its programme, stage and
// organisers itself: the door role may not read the programme and partner lists.
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { useStageLabel } from '@/shared/stage-label';
import type { Event } from '@/features/events/api/types';
import { EventStatusBadge } from '@/features/events/components/event-status-badge';

export function EventDetails({ event }: { event: Event }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel();
  const names = (organisers: Event['organisers']) => organisers.map((organiser) => organiser.name).join(', ');
  return (
    <dl className="details">
      <div>
        <dt>{t('events.fields.status')}</dt>
        <dd>
          <EventStatusBadge status={event.status} />
        </dd>
      </div>
      <div>
        <dt>{t('events.fields.type')}</dt>
        <dd>{t(`eventEnums.type.${event.type}`)}</dd>
      </div>
      <div>
        <dt>{t('events.fields.when')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{format.date(event.startsAt)}</time> –{' '}
          <time dateTime={event.endsAt}>{format.end(event.startsAt, event.endsAt)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('events.fields.where')}</dt>
        <dd>
          {event.venue && <span className="block">{event.venue}</span>}
          {event.onlineUrl && (
            <a className="utrecht-link" href={event.onlineUrl} rel="noreferrer noopener" target="_blank">
              {t('events.onlineLink')}
            </a>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('events.fields.programme')}</dt>
        <dd>{event.programmeName}</dd>
      </div>
      <div>
        <dt>{t('events.fields.stage')}</dt>
        <dd>{event.stageCode && event.stageName ? stageLabel({ code: event.stageCode, name: event.stageName }) : t('events.noStage')}</dd>
      </div>
      <div>
        <dt>{t('events.fields.capacity')}</dt>
        <dd>{event.capacity != null ? format.number(event.capacity) : t('events.unlimited')}</dd>
      </div>
      <div>
        <dt>{t('events.organisers')}</dt>
        <dd>{names(event.organisers) || t('common.none')}</dd>
      </div>
      {event.invitedOrganisers.length > 0 && (
        <div>
          <dt>{t('events.invitedOrganisers')}</dt>
          <dd>{names(event.invitedOrganisers)}</dd>
        </div>
      )}
      {event.themes.length > 0 && (
        <div>
          <dt>{t('events.fields.themes')}</dt>
          <dd>
            <ul className="tags">
              {event.themes.map((theme) => (
                <li key={theme}>{t(`programmes.theme.${theme}`)}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {event.description && (
        <div className="details__wide">
          <dt>{t('events.fields.description')}</dt>
          <dd className="card__text">{event.description}</dd>
        </div>
      )}
    </dl>
  );
}
