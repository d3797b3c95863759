// The activities with a company as a list of cards: what, when, who, the summary (or that it is
// confidential), themes, needs and the funnel stage it credits.
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useProgrammeDirectory, useStageDirectory } from '@/shared/reference/programmes';
import type { Activity } from '@/features/activities/api/types';

export function ActivitiesList({ activities }: { activities: Activity[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const partners = usePartnerDirectory();
  const programmes = useProgrammeDirectory();
  const stages = useStageDirectory(activities.flatMap((activity) => (activity.programmeId ? [activity.programmeId] : [])));

  return (
    <ul className="card-list" aria-label={t('activities.tableCaption')}>
      {activities.map((activity) => (
        <li key={activity.id} className="card">
          <p className="card__title">
            {t(`enums.activityType.${activity.type}`)}
            {activity.confidential && <span className="badge">{t('activities.confidential')}</span>}
          </p>
          <p className="card__meta">
            <time dateTime={activity.occurredOn}>{format.date(activity.occurredOn)}</time> ·{' '}
            {partners.nameOf(activity.partnerId)}
            {activity.contactName && ` · ${activity.contactName}`}
          </p>
          {activity.summary ? (
            <p className="card__text">{activity.summary}</p>
          ) : (
            activity.confidential && <p className="card__text card__text--muted">{t('timeline.confidential')}</p>
          )}
          {(activity.themes.length > 0 || activity.needs.length > 0) && (
            <ul className="tags" aria-label={`${t('activities.fields.themes')}, ${t('activities.fields.needs')}`}>
              {activity.themes.map((theme) => (
                <li key={theme}>{t(`programmes.theme.${theme}`)}</li>
              ))}
              {activity.needs.map((need) => (
                <li key={need} className="tag--need">
                  {t(`enums.need.${need}`)}
                </li>
              ))}
            </ul>
          )}
          {activity.programmeId != null && activity.stageId != null && (
            <p className="card__meta">
              {t('activities.credits', {
                stage: stages.labelOf(activity.stageId),
                programme: programmes.nameOf(activity.programmeId),
              })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
