// The company's position per programme: the stages in order, which were reached and when, how
// long it stayed in each, and the current stage marked (aria-current="step").
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { useStageLabel } from '@/shared/stage-label';
import type { ProgrammeFunnelPosition } from '@/features/funnel/api/types';

export function FunnelPositions({ positions }: { positions: ProgrammeFunnelPosition[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel();
  return (
    <div className="funnel-grid">
      {positions.map((position) => {
        const current = position.stages.find((stage) => stage.stageId === position.currentStageId);
        const headingId = `funnel-programme-${position.programmeId}`;
        return (
          <article key={position.programmeId} className="funnel" aria-labelledby={headingId}>
            <h3 id={headingId} className="utrecht-heading-3">
              {position.programmeName}
            </h3>
            <p className="funnel__current">
              {t('funnel.current')}: <strong>{current ? stageLabel(current) : t('funnel.noCurrent')}</strong>
            </p>
            <ol className="funnel__stages" aria-label={t('funnel.stagesOf', { programme: position.programmeName })}>
              {position.stages.map((stage) => {
                const isCurrent = stage.stageId === position.currentStageId;
                return (
                  <li
                    key={stage.stageId}
                    className={['funnel__stage', stage.reached && 'funnel__stage--reached', isCurrent && 'funnel__stage--current']
                      .filter(Boolean)
                      .join(' ')}
                    aria-current={isCurrent ? 'step' : undefined}
                  >
                    <span className="funnel__name">{stageLabel(stage)}</span>
                    <span className="funnel__status">
                      {isCurrent ? t('funnel.current') : stage.reached ? t('funnel.reached') : t('funnel.notReached')}
                    </span>
                    {stage.firstEnteredAt && (
                      <span className="funnel__meta">
                        {stage.reachedViaLaterStage
                          ? t('funnel.viaLaterStage', { date: format.day(stage.firstEnteredAt) })
                          : t('funnel.firstEntered', { date: format.day(stage.firstEnteredAt) })}
                      </span>
                    )}
                    {stage.daysBeforeNext != null && (
                      <span className="funnel__meta">
                        {t('funnel.daysBeforeNext', { days: format.decimal(stage.daysBeforeNext) })}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </article>
        );
      })}
    </div>
  );
}
