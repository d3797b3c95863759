// How far an import is: a bar filling from 0 to 100 % (role progressbar with its value for
// assistive technology, and the rows in words beside it).
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';

interface ProgressBarProps {
  done: number;
  total: number;
  /** The job is over: an import without rows to apply counts as complete. */
  finished: boolean;
}

export function progressPercent({ done, total, finished }: ProgressBarProps): number {
  if (total <= 0) return finished ? 100 : 0;
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)));
}

export function ProgressBar(props: ProgressBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = progressPercent(props);
  const text = t('imports.progress.value', { done: props.done, total: props.total, percent: format.percent(percent / 100) });
  return (
    <div className="import-progress">
      <div
        className="import-progress__track"
        role="progressbar"
        aria-label={t('imports.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div className="import-progress__bar" style={{ inlineSize: `${percent}%` }} />
      </div>
      <p className="import-progress__text">
        {text}
      </p>
    </div>
  );
}
