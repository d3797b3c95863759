// The answer after a scan or look-up: green admitted, amber already in or conflict, red refused
// with the reason. Words and a symbol carry the meaning, not the colour alone. It first takes the
// whole screen, where the volunteer looks, with undo at hand; a tap, Escape or a few seconds later
// it shrinks to a line above the scanner. Admissions are announced politely, refusals as an alert.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import type { CheckInOutcome } from '@/shared/enums';
import { useFormat } from '@/lib/format';
import type { ScanOutcome } from '@/features/checkin/offline/queue';

export type Tone = 'admitted' | 'warning' | 'refused' | 'neutral';

export function toneOf(outcome: CheckInOutcome): Tone {
  if (outcome === 'CHECKED_IN') return 'admitted';
  if (outcome === 'ALREADY_CHECKED_IN' || outcome === 'CONFLICT') return 'warning';
  if (outcome === 'UNDONE') return 'neutral';
  return 'refused';
}

const SYMBOL: Record<Tone, string> = { admitted: '✓', warning: '!', refused: '✕', neutral: '↺' };

/** How long the big answer stays: long enough to read a refusal, short enough not to hold up the queue. */
export const FULL_SCREEN_MS: Record<Tone, number> = { admitted: 2500, warning: 5000, refused: 6000, neutral: 2500 };

function useTimeOfDay() {
  const format = useFormat();
  return (value: string | undefined) =>
    value ? new Intl.DateTimeFormat(format.locale, { timeStyle: 'short' }).format(new Date(value)) : '';
}

function FeedbackBox({ result, pending }: { result: ScanOutcome; pending: boolean }) {
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
      result.device
        ? t('checkin.feedback.sinceOn', { time: time(result.checkedInAt), device: result.device })
        : t('checkin.feedback.since', { time: time(result.checkedInAt) }),
    );
  }
  if (result.offline && pending && tone === 'admitted') lines.push(t('checkin.feedback.offline'));
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

interface ScanFeedbackProps {
  result: ScanOutcome | null;
  /** The answer takes the whole screen (just after the scan). */
  fullScreen?: boolean;
  onShrink?: () => void;
  /** An admission made offline still waits to be sent. */
  pending?: boolean;
  /** Undo of the admission shown, when it may still be undone. */
  undo?: { label: string; busy: boolean; onUndo: () => void };
}

/** Both live regions stay in the page, so screen readers announce each new answer. */
export function ScanFeedback({ result, fullScreen = false, onShrink, pending = false, undo }: ScanFeedbackProps) {
  const { t } = useTranslation();
  const next = useRef<HTMLButtonElement>(null);
  const refused = result !== null && toneOf(result.outcome) === 'refused';
  const tone = result ? toneOf(result.outcome) : 'neutral';
  const big = fullScreen && result !== null;

  useEffect(() => {
    if (!big || !onShrink) return;
    // back where the volunteer was (the search field when the chosen name is gone from the list)
    const previous = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    next.current?.focus();
    const timer = window.setTimeout(onShrink, FULL_SCREEN_MS[tone]);
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onShrink();
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
      const back = previous?.isConnected ? previous : document.querySelector<HTMLElement>('input[name="attendeeSearch"]');
      back?.focus();
    };
  }, [big, tone, onShrink, result]);

  return (
    <div
      className={big ? `feedback-area feedback-area--full feedback-area--${tone}` : 'feedback-area'}
      aria-label={t('checkin.feedback.label')}
      role="group"
      data-testid="scan-result"
      onClick={big ? (event) => event.target === event.currentTarget && onShrink?.() : undefined}
    >
      <div role="status" aria-atomic="true">
        {result && !refused && <FeedbackBox key={result.clientId ?? result.outcome} result={result} pending={pending} />}
      </div>
      <div role="alert" aria-atomic="true">
        {result && refused && <FeedbackBox result={result} pending={pending} />}
      </div>
      {result && (undo || big) && (
        <div className="feedback__actions">
          {big && (
            <Button ref={next} appearance="primary" onClick={onShrink}>
              {t('checkin.feedback.next')}
            </Button>
          )}
          {undo && (
            <Button appearance="secondary" disabled={undo.busy} onClick={undo.onUndo}>
              {undo.label}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
