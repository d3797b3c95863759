// Funnel stage names for display. Shared: programmes, the funnel, activities and company search
// all show stages.
import { useTranslation } from 'react-i18next';

const DEFAULT_STAGES = ['inspired', 'informed', 'activated'] as const;
type DefaultStage = (typeof DEFAULT_STAGES)[number];

function isDefaultStage(code: string): code is DefaultStage {
  return (DEFAULT_STAGES as readonly string[]).includes(code);
}

export interface StageNaming {
  code: string;
  name: string;
}

/**
 * The default stages (inspired, informed, activated) are shown in the user's language, as long
 * as their name is still a default one; a renamed or custom stage shows its own name.
 */
export function useStageLabel() {
  const { t, i18n } = useTranslation();
  return (stage: StageNaming): string => {
    const code = stage.code.toLowerCase();
    if (!isDefaultStage(code)) return stage.name;
    const defaults = ['nl', 'en'].map((lng) => t(`stages.label.${code}`, { lng }).toLowerCase());
    const name = stage.name.trim().toLowerCase();
    return name === code || defaults.includes(name) ? t(`stages.label.${code}`, { lng: i18n.language }) : stage.name;
  };
}

/** For places that know only a stage's name (the timeline): a default name is translated. */
export function useStageNameLabel() {
  const label = useStageLabel();
  return (name: string): string => label({ code: name.trim(), name });
}
