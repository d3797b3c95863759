// The funnel split by one dimension (district, sector, size class, theme or partner): per
// value the companies in each stage. A cell opens the companies of that stage and value.
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { SelectField } from '@/components/form/fields';
import { SIZE_CLASSES, THEMES, oneOf } from '@/shared/enums';
import { useFormat } from '@/lib/format';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useFunnelStages } from '@/shared/reference/programmes';
import { useStageLabel } from '@/shared/stage-label';
import { useReport } from '@/features/reports/api/get-report';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension, type ReportFilters } from '@/features/reports/api/types';
import { CategoryTick, ChartFrame, countAxis, seriesColour } from '@/features/reports/components/chart-frame';
import { ChartView } from '@/features/reports/components/chart-view';
import { ExportButtons } from '@/features/reports/components/export-buttons';
import { Panel, QueryState } from '@/features/reports/components/panel';
import { ReportTable } from '@/features/reports/components/report-table';
import { breakdownChartData, breakdownTable, type BreakdownTable } from '@/features/reports/utils/chart-data';
import { useCompanyLink } from '@/features/reports/hooks/use-company-link';
import { useSectorLabel } from '@/features/reports/hooks/use-sector-label';
import { breakdownCellHref } from '@/features/reports/utils/links';

/** More bars than this make the chart unreadable; the table keeps every value. */
const CHART_LIMIT = 12;

interface BreakdownPanelProps {
  filters: ReportFilters;
  by: BreakdownDimension;
  onByChange: (by: BreakdownDimension) => void;
}

/** The label of a breakdown key: a district as is, a sector in words, a translated enum, a partner's name. */
function useKeyLabel(by: BreakdownDimension) {
  const { t } = useTranslation();
  const { nameOf } = usePartnerDirectory();
  const sectorLabel = useSectorLabel();
  return (key: string): string => {
    if (key.toLowerCase() === 'unknown') return t('reports.breakdown.unknown');
    if (by === 'sector') return sectorLabel(key);
    if (by === 'partner') return nameOf(Number(key));
    const size = by === 'sizeClass' ? oneOf(SIZE_CLASSES, key) : undefined;
    if (size) return t(`enums.sizeClass.${size}`);
    const theme = by === 'theme' ? oneOf(THEMES, key) : undefined;
    return theme ? t(`programmes.theme.${theme}`) : key;
  };
}

export function BreakdownPanel({ filters, by, onByChange }: BreakdownPanelProps) {
  const { t } = useTranslation();
  const breakdown = useReport('breakdown', filters, { by });
  const stages = useFunnelStages(filters.programmeId);
  const title = t('reports.breakdown.title');
  const known = (stages.data ?? []).map((stage) => ({ stageId: stage.id, position: stage.position }));
  return (
    <Panel
      title={title}
      tools={
        <>
          <SelectField
            label={t('reports.breakdown.by')}
            name="by"
            options={BREAKDOWN_DIMENSIONS.map((value) => ({ value, label: t(`reports.breakdown.dimension.${value}`) }))}
            value={by}
            onChange={(event) => onByChange(oneOf(BREAKDOWN_DIMENSIONS, event.target.value) ?? by)}
          />
          <ExportButtons report="breakdown" title={title} filters={filters} extra={{ by }} />
        </>
      }
    >
      <QueryState query={breakdown}>
        {(report) => {
          const table = breakdownTable(report, known);
          if (table.rows.length === 0) return <p>{t('reports.panel.empty')}</p>;
          return <BreakdownView table={table} filters={filters} by={by} />;
        }}
      </QueryState>
    </Panel>
  );
}

function BreakdownView({ table, filters, by }: { table: BreakdownTable; filters: ReportFilters; by: BreakdownDimension }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const link = useCompanyLink();
  const stageLabel = useStageLabel();
  const stages = useFunnelStages(filters.programmeId);
  const keyLabel = useKeyLabel(by);
  const dimension = t(`reports.breakdown.dimension.${by}`).toLowerCase();
  const nameOfStage = (stageId: number) => {
    const stage = stages.data?.find((candidate) => candidate.id === stageId);
    return stage ? stageLabel(stage) : t('reference.stage');
  };
  const data = breakdownChartData(table, keyLabel).slice(0, CHART_LIMIT);
  const largest = Math.max(0, ...table.rows.slice(0, CHART_LIMIT).flatMap((row) => Object.values(row.counts).map(Number)));
  const first = table.stages[0];
  const summary = table.rows
    .slice(0, CHART_LIMIT)
    .map((row) => `${keyLabel(row.key)}: ${format.number(first ? (row.counts[first.stageId] ?? 0) : 0)}`)
    .join(', ');
  const chart = (
    <ChartFrame label={t('reports.breakdown.chartLabel', { dimension, summary })} height={80 + data.length * (table.stages.length * 14 + 18)}>
      {(size) => (
        <BarChart {...size} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" {...countAxis(largest)} tickFormatter={(value: number) => format.number(value)} />
          <YAxis type="category" dataKey="label" width={140} tick={<CategoryTick />} interval={0} />
          <Tooltip formatter={(value) => format.number(Number(value))} />
          <Legend itemSorter={null} />
          {table.stages.map((stage, index) => (
            <Bar
              key={stage.stageId}
              dataKey={`stage${stage.stageId}`}
              name={nameOfStage(stage.stageId)}
              fill={seriesColour(index)}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(_data, row) => {
                const href = data[row] && link(breakdownCellHref(filters, by, data[row].key, stage.stageId));
                if (href) void navigate(href);
              }}
            />
          ))}
        </BarChart>
      )}
    </ChartFrame>
  );
  return (
    <ChartView
      chart={chart}
      chartNote={
        table.rows.length > CHART_LIMIT ? <p className="report-panel__note">{t('reports.breakdown.topShown', { count: CHART_LIMIT })}</p> : undefined
      }
      table={
        <ReportTable
          caption={t('reports.breakdown.caption', { dimension })}
          columns={[
            { header: t(`reports.breakdown.dimension.${by}`) },
            ...table.stages.map((stage) => ({ header: nameOfStage(stage.stageId), numeric: true })),
          ]}
          rows={table.rows.map((row) => ({
            key: row.key,
            header: keyLabel(row.key),
            cells: table.stages.map((stage) => {
              const count = row.counts[stage.stageId] ?? 0;
              const href = count > 0 ? link(breakdownCellHref(filters, by, row.key, stage.stageId)) : undefined;
              return href ? (
                <Link className="utrecht-link" key={stage.stageId} to={href}>
                  {format.number(count)}
                </Link>
              ) : (
                format.number(count)
              );
            }),
          }))}
        />
      }
    />
  );
}
