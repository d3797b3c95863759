// A chart with its table alternative and a switch between the two. The table is the exact,
// accessible view (its numbers link to the companies behind them); the chart shows the shape
// at a glance. Print shows whichever is on screen.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';

interface ChartViewProps {
  chart: ReactNode;
  table: ReactNode;
  /** Shown with the chart only, e.g. "the chart shows the 12 largest". */
  chartNote?: ReactNode;
}

export function ChartView({ chart, table, chartNote }: ChartViewProps) {
  const { t } = useTranslation();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <>
      <div className="view-switch no-print">
        <Button appearance="subtle" aria-pressed={asTable} aria-controls={id} onClick={() => setAsTable(!asTable)}>
          {t('reports.panel.showTable')}
        </Button>
      </div>
      <div id={id}>
        {asTable ? (
          table
        ) : (
          <>
            {chart}
            {chartNote}
          </>
        )}
      </div>
    </>
  );
}
