// Where the user is in the import: five numbered steps, the current one marked for assistive
// technology (aria-current="step") and the ones behind it as done. On a phone only the current
// step keeps its name beside the numbers.
import { useTranslation } from 'react-i18next';

export const WIZARD_STEPS = ['choose', 'preview', 'confirm', 'progress', 'result'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export function WizardSteps({ current }: { current: WizardStep }) {
  const { t } = useTranslation();
  const position = WIZARD_STEPS.indexOf(current);
  return (
    <ol className="wizard-steps" aria-label={t('imports.steps.label')}>
      {WIZARD_STEPS.map((step, index) => {
        const state = index < position ? 'done' : index === position ? 'current' : 'todo';
        return (
          <li key={step} className={`wizard-steps__step wizard-steps__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="wizard-steps__number" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="wizard-steps__label">
              {t(`imports.steps.${step}`)}
              {state === 'done' && <span className="visually-hidden"> ({t('imports.steps.done')})</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
