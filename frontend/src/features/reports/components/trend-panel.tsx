// A target month by month: the running total (line) and what each month added (table).
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { SelectField } from '@/components/form/fields';
import { today } from '@/lib/dates';
import { useFormat } from '@/lib/format';
import { useReport } from '@/features/reports/api/get-report';
import type { ProgressReportTarget, ReportFilters } from '@/features/reports/api/types';
import { ChartFrame, countAxis, seriesColour } from '@/features/reports/components/chart-frame';
import { ChartView } from '@/features/reports/components/chart-view';
import { Panel, QueryState } from '@/features/reports/components/panel';
import { ReportTable } from '@/features/reports/components/report-table';
import { trendPoints, type TrendPoint } from '@/features/reports/utils/chart-data';
import { trendMonthHref } from '@/features/reports/utils/links';

interface TrendPanelProps {
  filters: ReportFilters;
}

function useMonthLabel() {
  const { locale } = useFormat();
  return (month: string) => {
    const [year, number] = month.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, number - 1, 1)),
    );
  };
}

export function TrendPanel({ filters }: TrendPanelProps) {
  const { t } = useTranslation();
  const progress = useReport('progress', filters);
  const [chosen, setChosen] = useState<number | undefined>();
  const targets = progress.data?.targets ?? [];
  const target = targets.find((candidate) => candidate.targetId === chosen) ?? targets[0];
  const picker =
    targets.length > 1 ? (
      <SelectField
        label={t('reports.trend.target')}
        name="trendTarget"
        options={targets.map((candidate) => ({ value: String(candidate.targetId), label: candidate.name }))}
        value={target ? String(target.targetId) : ''}
        onChange={(event) => setChosen(Number(event.target.value))}
      />
    ) : undefined;
  return (
    <Panel title={t('reports.trend.title')} tools={picker} note={t('reports.panel.wholeProgramme')}>
      <QueryState query={progress}>
        {() =>
          !target ? (
            <p>{t('reports.targets.empty')}</p>
          ) : (
            <TrendView key={target.targetId} target={target} filters={filters} />
          )
        }
      </QueryState>
    </Panel>
  );
}

function TrendView({ target, filters }: { target: ProgressReportTarget; filters: ReportFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const monthLabel = useMonthLabel();
  const points = trendPoints(target.monthly, today().slice(0, 7));
  if (points.length === 0) return <p>{t('reports.trend.empty')}</p>;
  const last = points.at(-1)!;
  const summary = `${monthLabel(points[0]!.month)} ${format.number(points[0]!.cumulative)}, ${monthLabel(last.month)} ${format.number(last.cumulative)}`;
  const link = (point: TrendPoint, cumulative: boolean) => {
    const value = format.number(cumulative ? point.cumulative : point.added);
    const href = trendMonthHref(filters, target, point.month, cumulative);
    return href ? <Link className="utrecht-link" to={href}>{value}</Link> : value;
  };
  return (
    <ChartView
      chart={
        <ChartFrame label={t('reports.trend.chartLabel', { target: target.name, summary })} height={260}>
          {(size) => (
            <LineChart {...size} data={points} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" tickFormatter={monthLabel} minTickGap={16} />
              <YAxis {...countAxis(Math.max(target.targetCount, ...points.map((point) => point.cumulative)))} tickFormatter={(value: number) => format.number(value)} width={64} />
              <ReferenceLine
                y={target.targetCount}
                stroke={seriesColour(2)}
                strokeDasharray="6 4"
                strokeWidth={2}
                label={{ value: t('reports.trend.targetLine', { target: format.number(target.targetCount) }), position: 'insideTopLeft', fill: seriesColour(2), fontSize: 12 }}
              />
              <Tooltip labelFormatter={(month) => monthLabel(String(month))} formatter={(value) => format.number(Number(value))} />
              <Line type="linear" dataKey="cumulative" name={t('reports.trend.cumulative')} stroke={seriesColour(1)} strokeWidth={3} dot={false} isAnimationActive={false} />
            </LineChart>
          )}
        </ChartFrame>
      }
      table={
        <ReportTable
          caption={t('reports.trend.caption', { target: target.name })}
          columns={[
            { header: t('reports.trend.month') },
            { header: t('reports.trend.added'), numeric: true },
            { header: t('reports.trend.cumulative'), numeric: true },
          ]}
          rows={points.map((point) => ({
            key: point.month,
            header: monthLabel(point.month),
            cells: [point.added === 0 ? format.number(0) : link(point, false), link(point, true)],
          }))}
        />
      }
    />
  );
}
