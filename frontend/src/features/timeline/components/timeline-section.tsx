// The company timeline: everything across all partners, newest first, with "show more".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useProgrammeDirectory, useStageDirectory } from '@/shared/reference/programmes';
import { useCompanyTimeline } from '@/features/timeline/api/get-company-timeline';
import { TimelineEntry } from '@/features/timeline/components/timeline-entry';

const STEP = 25;

export function TimelineSection({ companyId }: { companyId: number }) {
  const { t } = useTranslation();
  const [size, setSize] = useState(STEP);
  const timeline = useCompanyTimeline(companyId, size);
  const partners = usePartnerDirectory();
  const programmes = useProgrammeDirectory();
  // stage items carry the stage's id: labelled from the programme's stages (renames included)
  const stageProgrammes = (timeline.data ?? []).flatMap((item) =>
    item.stageId != null && item.programmeId != null ? [item.programmeId] : [],
  );
  const stages = useStageDirectory(stageProgrammes);

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
                stageLabel={stages.labelOf}
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
