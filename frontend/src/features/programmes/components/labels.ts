// Display labels for programme data that the API gives as codes.
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Programme, Stage } from '@/features/programmes/api/types';

const DEFAULT_STAGES = ['inspired', 'informed', 'activated'] as const;
type DefaultStage = (typeof DEFAULT_STAGES)[number];

function isDefaultStage(code: string): code is DefaultStage {
  return (DEFAULT_STAGES as readonly string[]).includes(code);
}

/**
 * The default stages (inspired, informed, activated) are shown in the user's language, as long
 * as their name is still a default one; a renamed or custom stage shows its own name.
 */
export function useStageLabel() {
  const { t, i18n } = useTranslation();
  return (stage: Pick<Stage, 'code' | 'name'>): string => {
    const code = stage.code.toLowerCase();
    if (!isDefaultStage(code)) return stage.name;
    const defaults = ['nl', 'en'].map((lng) => t(`stages.label.${code}`, { lng }).toLowerCase());
    const name = stage.name.trim().toLowerCase();
    return name === code || defaults.includes(name) ? t(`stages.label.${code}`, { lng: i18n.language }) : stage.name;
  };
}

export function usePeriodLabel() {
  const { t } = useTranslation();
  const format = useFormat();
  return (programme: Pick<Programme, 'startDate' | 'endDate'>): string =>
    programme.endDate
      ? t('programmes.periodRange', { start: format.date(programme.startDate), end: format.date(programme.endDate) })
      : t('programmes.periodOpen', { start: format.date(programme.startDate) });
}
