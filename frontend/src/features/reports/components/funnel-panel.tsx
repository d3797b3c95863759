// The funnel: distinct companies per stage in the period, the share that went on to the next
// stage and how many days that took (median). Every count opens the companies behind it.
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@/lib/format';
import { useStageLabel } from '@/shared/stage-label';
import { useReport } from '@/features/reports/api/get-report';
import type { ReportFilters } from '@/features/reports/api/types';
import { CategoryTick, ChartFrame, countAxis, seriesColour } from '@/features/reports/components/chart-frame';
import { ChartView } from '@/features/reports/components/chart-view';
import { ExportButtons } from '@/features/reports/components/export-buttons';
import { Panel, QueryState } from '@/features/reports/components/panel';
import { ReportTable } from '@/features/reports/components/report-table';
import { useCompanyLink } from '@/features/reports/hooks/use-company-link';
import { funnelRows, type FunnelRow } from '@/features/reports/utils/chart-data';
import { funnelStageHref } from '@/features/reports/utils/links';

interface FunnelPanelProps {
  filters: ReportFilters;
}

export function FunnelPanel({ filters }: FunnelPanelProps) {
  const { t } = useTranslation();
  const funnel = useReport('funnel', filters);
  const stageLabel = useStageLabel();
  const title = t('reports.funnel.title');
  return (
    <Panel title={title} tools={<ExportButtons report="funnel" title={title} filters={filters} />}>
      <QueryState query={funnel}>
        {(report) => {
          const rows = funnelRows(report, stageLabel);
          if (rows.length === 0) return <p>{t('reports.panel.empty')}</p>;
          return (
            <ChartView
              chart={<FunnelChart rows={rows} filters={filters} />}
              chartNote={<FunnelSteps rows={rows} />}
              table={<FunnelTable rows={rows} filters={filters} />}
            />
          );
        }}
      </QueryState>
    </Panel>
  );
}

function FunnelChart({ rows, filters }: { rows: FunnelRow[]; filters: ReportFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const link = useCompanyLink();
  // the bars share the report's filters: all open their companies, or none does
  const clickable = rows.length > 0 && link(funnelStageHref(filters, rows[0]!.stageId)) !== undefined;
  const summary = rows.map((row) => `${row.label}: ${format.number(row.companies)}`).join(', ');
  return (
    <ChartFrame label={t('reports.funnel.chartLabel', { summary })} height={60 + rows.length * 56}>
      {(size) => (
        <BarChart {...size} data={rows} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" {...countAxis(Math.max(0, ...rows.map((row) => row.companies)))} tickFormatter={(value: number) => format.number(value)} />
          <YAxis type="category" dataKey="label" width={120} tick={<CategoryTick />} interval={0} />
          <Tooltip formatter={(value) => format.number(Number(value))} />
          <Bar
            dataKey="companies"
            name={t('reports.funnel.companies')}
            fill={seriesColour(0)}
            isAnimationActive={false}
            cursor={clickable ? 'pointer' : undefined}
            onClick={(_data, index) => {
              const row = rows[index];
              const href = row && link(funnelStageHref(filters, row.stageId));
              if (href) void navigate(href);
            }}
          >
            <LabelList dataKey="companies" position="right" formatter={(value) => format.number(Number(value))} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}

/** Conversions between stages, in words under the chart. */
function FunnelSteps({ rows }: { rows: FunnelRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const steps = rows.slice(1).map((row, index) => ({ from: rows[index]!, to: row }));
  if (steps.length === 0) return null;
  return (
    <ul className="funnel-steps">
      {steps.map(({ from, to }) => (
        <li key={to.stageId}>
          {t('reports.funnel.step', {
            from: from.label,
            to: to.label,
            conversion: to.conversion === undefined ? t('common.none') : format.percent(to.conversion),
          })}
          {to.medianDays !== undefined && <> · {t('reports.funnel.stepDays', { days: format.decimal(to.medianDays) })}</>}
        </li>
      ))}
    </ul>
  );
}

function FunnelTable({ rows, filters }: { rows: FunnelRow[]; filters: ReportFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const link = useCompanyLink();
  const none = t('common.none');
  return (
    <ReportTable
      caption={t('reports.funnel.caption')}
      columns={[
        { header: t('reports.funnel.stage') },
        { header: t('reports.funnel.companies'), numeric: true },
        { header: t('reports.funnel.conversion'), numeric: true },
        { header: t('reports.funnel.medianDays'), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.stageId,
        header: row.label,
        cells: [
          link(funnelStageHref(filters, row.stageId)) ? (
            <Link
              className="utrecht-link"
              key="companies"
              to={funnelStageHref(filters, row.stageId)}
              aria-label={t('reports.funnel.openCompanies', { count: row.companies, stage: row.label })}
            >
              {format.number(row.companies)}
            </Link>
          ) : (
            format.number(row.companies)
          ),
          row.conversion === undefined ? none : format.percent(row.conversion),
          row.medianDays === undefined ? none : format.decimal(row.medianDays),
        ],
      }))}
    />
  );
}
