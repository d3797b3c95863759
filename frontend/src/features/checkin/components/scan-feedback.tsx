// The big answer after a scan or look-up: green admitted, amber already in or conflict, red
// refused with the reason. Words and a symbol carry the meaning, not the colour alone;
// admissions are announced politely, refusals as an alert.
import { useTranslation } from 'react-i18next';
import type { CheckInOutcome } from '@/lib/enums';
import { useFormat } from '@/lib/format';
import type { ScanOutcome } from '@/features/checkin/offline/queue';

type Tone = 'admitted' | 'warning' | 'refused' | 'neutral';

export function toneOf(outcome: CheckInOutcome): Tone {
  if (outcome === 'CHECKED_IN') return 'admitted';
  if (outcome === 'ALREADY_CHECKED_IN' || outcome === 'CONFLICT') return 'warning';
  if (outcome === 'UNDONE') return 'neutral';
  return 'refused';
}

const SYMBOL: Record<Tone, string> = { admitted: '✓', warning: '!', refused: '✕', neutral: '↺' };

function useTimeOfDay() {
  const format = useFormat();
  return (value: string | undefined) =>
    value ? new Intl.DateTimeFormat(format.locale, { timeStyle: 'short' }).format(new Date(value)) : '';
}

function FeedbackBox({ result }: { result: ScanOutcome }) {
  const { t } = useTranslation();
  const time = useTimeOfDay();
  const tone = toneOf(result.outcome);
  const headline = {
    admitted: t('checkin.feedback.admitted'),
    warning: result.outcome === 'CONFLICT' ? t('checkin.feedback.conflict') : t('checkin.feedback.already'),
    refused: t('checkin.feedback.refused'),
    neutral: t('checkin.feedback.undone'),
  }[tone];
  const lines: string[] = [];
  if (tone === 'refused' || result.outcome === 'CONFLICT') lines.push(t(`eventEnums.outcome.${result.outcome}`));
  if (result.outcome === 'ALREADY_CHECKED_IN' && result.checkedInAt) {
    lines.push(
      result.checkedInBy
        ? t('checkin.feedback.sinceBy', { time: time(result.checkedInAt), by: result.checkedInBy })
        : t('checkin.feedback.since', { time: time(result.checkedInAt) }),
    );
  }
  if (result.offline && tone === 'admitted') lines.push(t('checkin.feedback.offline'));
  return (
    <div className={`feedback feedback--${tone}`} data-outcome={result.outcome}>
      <span className="feedback__symbol" aria-hidden="true">
        {SYMBOL[tone]}
      </span>
      <div className="feedback__body">
        <p className="feedback__headline">{headline}</p>
        {(result.name || tone !== 'refused') && (
          <p className="feedback__name">{result.name || t('checkin.feedback.unknownPerson')}</p>
        )}
        {result.companyName && <p className="feedback__company">{result.companyName}</p>}
        {lines.map((line) => (
          <p key={line} className="feedback__detail">
            {line}
          </p>
        ))}
      </div>
    </div>
  );
}

/** Both live regions stay in the page, so screen readers announce each new answer. */
export function ScanFeedback({ result }: { result: ScanOutcome | null }) {
  const { t } = useTranslation();
  const refused = result !== null && toneOf(result.outcome) === 'refused';
  return (
    <div className="feedback-area" aria-label={t('checkin.feedback.label')} role="group">
      <div role="status" aria-atomic="true">
        {result && !refused && <FeedbackBox key={result.clientId ?? result.outcome} result={result} />}
      </div>
      <div role="alert" aria-atomic="true">
        {result && refused && <FeedbackBox result={result} />}
      </div>
    </div>
  );
}
