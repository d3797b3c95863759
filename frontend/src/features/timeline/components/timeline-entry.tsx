// One timeline item, per kind: what happened (translated), who and when, and its text.
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, REGISTRATION_STATUSES, STAGE_SOURCES, oneOf } from '@/shared/enums';
import { useFormat } from '@/lib/format';
import { useStageNameLabel } from '@/shared/stage-label';
import type { TimelineItem } from '@/features/timeline/api/types';

/** The time zone in which the API turns an activity's day into the item's moment. */
const ACTIVITY_DAY_ZONE = 'Europe/Amsterdam';

interface TimelineEntryProps {
  item: TimelineItem;
  /** The label of a stage by id; "#id" while the stages load. */
  stageLabel: (stageId: number) => string;
  partnerName: (id: number | null | undefined) => string;
  programmeName: (id: number | null | undefined) => string;
}

function useChangeLabel() {
  const { t, i18n } = useTranslation();
  return (action: string | undefined) => {
    const key = `timeline.change.${action ?? ''}`;
    // known audit actions are translated; a new one shows as the API names it
    return action && i18n.exists(key) ? String(t(key as 'timeline.change.company.created')) : (action ?? '');
  };
}

export function TimelineEntry({ item, stageLabel, partnerName, programmeName }: TimelineEntryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageName = useStageNameLabel();
  const changeLabel = useChangeLabel();

  let title: string;
  const meta: string[] = [];
  let text: string | undefined = item.text ?? undefined;
  let confidential = false;

  switch (item.kind) {
    case 'ACTIVITY': {
      const type = oneOf(ACTIVITY_TYPES, item.label);
      title = type ? t(`enums.activityType.${type}`) : (item.label ?? '');
      meta.push(t('timeline.partner', { partner: partnerName(item.partnerId) }));
      confidential = item.confidential && !text;
      break;
    }
    case 'REFERRAL_SENT':
      title = t('timeline.referral', { from: partnerName(item.partnerId), to: partnerName(item.otherPartnerId) });
      break;
    case 'REFERRAL_ACCEPTED':
    case 'REFERRAL_DECLINED':
    case 'REFERRAL_DONE':
      title = t('timeline.referral', { from: partnerName(item.otherPartnerId), to: partnerName(item.partnerId) });
      break;
    case 'STAGE_REACHED':
    case 'STAGE_WITHDRAWN': {
      const label = item.stageId != null ? stageLabel(item.stageId) : '';
      const stage = label && !label.startsWith('#') ? label : stageName(item.label ?? '');
      title = t('timeline.stage', { stage, programme: programmeName(item.programmeId) });
      if (item.partnerId != null) meta.push(t('timeline.partner', { partner: partnerName(item.partnerId) }));
      const source = item.kind === 'STAGE_REACHED' ? oneOf(STAGE_SOURCES, item.text) : undefined;
      if (source) {
        meta.push(t('timeline.source', { source: t(`enums.stageSource.${source}`) }));
        text = undefined;
      }
      break;
    }
    case 'EVENT_REGISTERED':
    case 'EVENT_CHECKED_IN': {
      // the label is the event's title; a registration's text is its status
      title = item.label ?? '';
      if (item.person) meta.push(item.person);
      if (item.programmeId != null) meta.push(programmeName(item.programmeId));
      const status = oneOf(REGISTRATION_STATUSES, item.text);
      text = status && item.kind === 'EVENT_REGISTERED' ? t(`enums.registrationStatus.${status}`) : undefined;
      break;
    }
    default:
      title = changeLabel(item.label);
  }
  // the actor is an account's user name, not a person's name: the partner says who acted

  // an activity happened on a day (the API gives its start in Rotterdam); everything else at a moment
  const when = item.kind === 'ACTIVITY' ? format.day(item.at, ACTIVITY_DAY_ZONE) : format.date(item.at);

  return (
    <li className={`timeline__item timeline__item--${item.kind.toLowerCase()}`}>
      <p className="timeline__head">
        <span className="timeline__kind">{t(`enums.timelineKind.${item.kind}`)}</span>
        <time dateTime={item.at}>{when}</time>
      </p>
      <p className="timeline__title">{title}</p>
      {meta.length > 0 && <p className="timeline__meta">{meta.join(' · ')}</p>}
      {confidential ? (
        <p className="timeline__text timeline__text--muted">
          <span className="badge">{t('timeline.confidential')}</span>
        </p>
      ) : (
        text && <p className="timeline__text">{text}</p>
      )}
    </li>
  );
}
