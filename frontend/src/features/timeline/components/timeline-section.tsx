// The company timeline: everything across all partners, newest first, with "show more".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePartnerDirectory } from '@/lib/reference/partners';
import { useProgrammeDirectory } from '@/lib/reference/programmes';
import { useCompanyTimeline } from '@/features/timeline/api/get-company-timeline';
import { useTimelineActivities } from '@/features/timeline/api/get-timeline-activities';
import { TimelineEntry } from '@/features/timeline/components/timeline-entry';

const STEP = 25;

export function TimelineSection({ companyId }: { companyId: number }) {
  const { t } = useTranslation();
  const [size, setSize] = useState(STEP);
  const timeline = useCompanyTimeline(companyId, size);
  const activities = useTimelineActivities(companyId);
  const partners = usePartnerDirectory();
  const programmes = useProgrammeDirectory();

  return (
    <section className="section" aria-labelledby="timeline-title" id="timeline">
      <h2 id="timeline-title" className="utrecht-heading-2">
        {t('timeline.title')}
      </h2>
      <p>{t('timeline.intro')}</p>
      {timeline.isPending ? (
        <Loading />
      ) : timeline.isError ? (
        <ProblemAlert error={timeline.error} />
      ) : timeline.data.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <>
          <ol className="timeline" aria-labelledby="timeline-title">
            {timeline.data.map((item) => (
              <TimelineEntry
                key={`${item.kind}-${item.refId}`}
                item={item}
                activity={item.kind === 'ACTIVITY' ? activities.data?.get(item.refId) : undefined}
                partnerName={partners.nameOf}
                programmeName={programmes.nameOf}
              />
            ))}
          </ol>
          {timeline.data.length >= size && (
            <Button onClick={() => setSize(size + STEP)} disabled={timeline.isFetching} busy={timeline.isFetching}>
              {t('timeline.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
