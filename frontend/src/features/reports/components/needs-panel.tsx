// The needs companies raised in activities: distinct companies per need, optionally split by
// size class or sector. A number opens the companies that raised that need.
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { SelectField } from '@/components/form/fields';
import { SIZE_CLASSES, oneOf } from '@/shared/enums';
import { useFormat } from '@/lib/format';
import { useReport } from '@/features/reports/api/get-report';
import { NEEDS_SPLITS, type NeedsSplit, type ReportFilters } from '@/features/reports/api/types';
import { CategoryTick, ChartFrame, countAxis, seriesColour } from '@/features/reports/components/chart-frame';
import { ChartView } from '@/features/reports/components/chart-view';
import { ExportButtons } from '@/features/reports/components/export-buttons';
import { Panel, QueryState } from '@/features/reports/components/panel';
import { ReportTable } from '@/features/reports/components/report-table';
import { needsTable, type NeedsTable } from '@/features/reports/utils/chart-data';
import { useCompanyLink } from '@/features/reports/hooks/use-company-link';
import { useSectorLabel } from '@/features/reports/hooks/use-sector-label';
import { needHref } from '@/features/reports/utils/links';

interface NeedsPanelProps {
  filters: ReportFilters;
  split: NeedsSplit;
  onSplitChange: (split: NeedsSplit) => void;
}

export function NeedsPanel({ filters, split, onSplitChange }: NeedsPanelProps) {
  const { t } = useTranslation();
  const needs = useReport('needs', filters);
  const title = t('reports.needs.title');
  return (
    <Panel
      title={title}
      tools={
        <>
          <SelectField
            label={t('reports.needs.split')}
            name="split"
            options={NEEDS_SPLITS.map((value) => ({ value, label: t(`reports.needs.splitOption.${value || 'none'}`) }))}
            value={split}
            onChange={(event) => onSplitChange(oneOf(NEEDS_SPLITS, event.target.value) ?? '')}
          />
          <ExportButtons report="needs" title={title} filters={filters} />
        </>
      }
    >
      <QueryState query={needs}>
        {(report) => {
          const table = needsTable(report, split);
          if (table.rows.length === 0) return <p>{t('reports.panel.empty')}</p>;
          return <NeedsView table={table} filters={filters} split={split} />;
        }}
      </QueryState>
    </Panel>
  );
}

function useColumnLabel(split: NeedsSplit) {
  const { t } = useTranslation();
  const sectorLabel = useSectorLabel();
  return (key: string) => {
    if (key.toLowerCase() === 'unknown') return t('reports.breakdown.unknown');
    if (split === 'sector') return sectorLabel(key);
    const size = oneOf(SIZE_CLASSES, key);
    return size ? t(`enums.sizeClass.${size}`) : key;
  };
}

function NeedsView({ table, filters, split }: { table: NeedsTable; filters: ReportFilters; split: NeedsSplit }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const link = useCompanyLink();
  const columnLabel = useColumnLabel(split);
  const data = table.rows.map((row) => ({
    need: row.need,
    label: t(`enums.need.${row.need}`),
    total: row.total,
    ...Object.fromEntries(table.columns.map((column) => [`split:${column}`, row.counts[column] ?? 0])),
  }));
  const summary = data.map((row) => `${row.label}: ${format.number(row.total)}`).join(', ');
  const series = split ? table.columns.map((column) => ({ key: `split:${column}`, column, name: columnLabel(column) })) : [];
  const chart = (
    <ChartFrame label={t('reports.needs.chartLabel', { summary })} height={60 + data.length * 36}>
      {(size) => (
        <BarChart {...size} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" {...countAxis(Math.max(0, ...data.map((row) => row.total)))} tickFormatter={(value: number) => format.number(value)} />
          <YAxis type="category" dataKey="label" width={150} tick={<CategoryTick />} interval={0} />
          <Tooltip formatter={(value) => format.number(Number(value))} />
          {series.length > 0 && <Legend itemSorter={null} />}
          {series.length === 0 ? (
            <Bar
              dataKey="total"
              name={t('reports.needs.total')}
              fill={seriesColour(0)}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(_data, index) => {
                const row = data[index];
                const href = row && link(needHref(filters, row.need));
                if (href) void navigate(href);
              }}
            />
          ) : (
            series.map((serie, index) => (
              <Bar
                key={serie.key}
                dataKey={serie.key}
                name={serie.name}
                stackId="split"
                fill={seriesColour(index)}
                cursor="pointer"
                isAnimationActive={false}
                onClick={(_data, row) => {
                  const href = data[row] && link(needHref(filters, data[row].need, split, serie.column));
                  if (href) void navigate(href);
                }}
              />
            ))
          )}
        </BarChart>
      )}
    </ChartFrame>
  );
  const cell = (count: number, href: string | undefined, key: string, label?: string) =>
    count > 0 && href ? (
      <Link className="utrecht-link" key={key} to={href} aria-label={label}>
        {format.number(count)}
      </Link>
    ) : (
      format.number(count)
    );
  return (
    <ChartView
      chart={chart}
      table={
        <ReportTable
          caption={t('reports.needs.caption')}
          columns={[
            { header: t('reports.needs.need') },
            { header: t('reports.needs.total'), numeric: true },
            ...table.columns.map((column) => ({ header: columnLabel(column), numeric: true })),
          ]}
          rows={table.rows.map((row) => {
            const need = t(`enums.need.${row.need}`);
            return {
              key: row.need,
              header: need,
              cells: [
                cell(row.total, link(needHref(filters, row.need)), 'total', t('reports.needs.openCompanies', { count: row.total, need })),
                ...table.columns.map((column) =>
                  cell(row.counts[column] ?? 0, link(needHref(filters, row.need, split, column)), column),
                ),
              ],
            };
          })}
        />
      }
    />
  );
}
