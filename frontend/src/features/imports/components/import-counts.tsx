// What an import would do (its preview) or did (its result): four figures that wrap on a phone.
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { ImportCounts as Counts } from '@/features/imports/api/types';

const FIGURES = ['created', 'updated', 'unchanged', 'rejected'] as const;

export function ImportCounts({ counts, labelledBy }: { counts: Counts; labelledBy: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="counts import-counts" aria-labelledby={labelledBy}>
      {FIGURES.map((figure) => (
        <div key={figure} className={`counts__item import-counts__item--${figure}`}>
          <dt>{t(`imports.counts.${figure}`)}</dt>
          <dd>{format.number(counts[figure])}</dd>
        </div>
      ))}
    </dl>
  );
}
