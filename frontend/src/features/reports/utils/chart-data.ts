// Report bodies → the rows a chart draws and its table alternative shows. Both read the same
// rows, so the table says exactly what the chart shows.
import { SIZE_CLASSES, type Need } from '@/shared/enums';
import type {
  BreakdownReport,
  FunnelReport,
  NeedsReport,
  NeedsSplit,
  OutcomesReport,
  OutcomesReportRow,
  ProgressReportMonth,
} from '@/features/reports/api/types';

export interface FunnelRow {
  stageId: number;
  position: number;
  label: string;
  companies: number;
  /** Share of the previous stage, 0..1; absent for the first stage. */
  conversion?: number;
  medianDays?: number;
}

export function funnelRows(report: FunnelReport, label: (stage: { code: string; name: string }) => string): FunnelRow[] {
  return [...report.stages]
    .sort((a, b) => a.position - b.position)
    .map((stage) => ({
      stageId: stage.stageId,
      position: stage.position,
      label: label(stage),
      companies: stage.companies,
      conversion: stage.conversion ?? undefined,
      medianDays: stage.medianDaysFromPrevious ?? undefined,
    }));
}

export interface TrendPoint {
  /** "2026-03" */
  month: string;
  added: number;
  cumulative: number;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * The report lists only months in which something was added; a line over time needs every
 * month, so the gaps (and the months up to `until`) carry the running total on.
 */
export function trendPoints(months: readonly ProgressReportMonth[], until?: string): TrendPoint[] {
  if (months.length === 0) return [];
  const byMonth = new Map(months.map((month) => [month.month, month]));
  const sorted = [...byMonth.keys()].sort();
  const last = until && until > sorted.at(-1)! ? until : sorted.at(-1)!;
  const points: TrendPoint[] = [];
  let cumulative = 0;
  for (let month = sorted[0]!; month <= last; month = nextMonth(month)) {
    const found = byMonth.get(month);
    if (found) cumulative = Number(found.cumulative);
    points.push({ month, added: found ? Number(found.added) : 0, cumulative });
  }
  return points;
}

export interface StageColumn {
  stageId: number;
  position: number;
}

export interface BreakdownTableRow {
  key: string;
  /** Companies by stage id. */
  counts: Record<number, number>;
}

export interface BreakdownTable {
  stages: StageColumn[];
  rows: BreakdownTableRow[];
}

/** One row per value (most companies in the first stage first), one column per stage. */
export function breakdownTable(report: BreakdownReport, knownStages: readonly StageColumn[] = []): BreakdownTable {
  const stages = new Map<number, StageColumn>(knownStages.map((stage) => [stage.stageId, stage]));
  const rows = new Map<string, BreakdownTableRow>();
  for (const row of report.rows) {
    if (!stages.has(row.stageId)) stages.set(row.stageId, { stageId: row.stageId, position: row.position });
    const entry = rows.get(row.key) ?? { key: row.key, counts: {} };
    entry.counts[row.stageId] = row.companies;
    rows.set(row.key, entry);
  }
  const columns = [...stages.values()].sort((a, b) => a.position - b.position);
  const first = columns[0]?.stageId;
  const sorted = [...rows.values()].sort(
    (a, b) => (first === undefined ? 0 : (b.counts[first] ?? 0) - (a.counts[first] ?? 0)) || a.key.localeCompare(b.key),
  );
  return { stages: columns, rows: sorted };
}

/** The breakdown as a chart's data: one object per value, a `stage<id>` field per stage. */
export function breakdownChartData(table: BreakdownTable, label: (key: string) => string) {
  return table.rows.map((row) => ({
    key: row.key,
    label: label(row.key),
    ...Object.fromEntries(table.stages.map((stage) => [`stage${stage.stageId}`, row.counts[stage.stageId] ?? 0])),
  }));
}

export interface NeedsTableRow {
  need: Need;
  total: number;
  /** Companies by split value (size class or sector). */
  counts: Record<string, number>;
}

export interface NeedsTable {
  columns: string[];
  rows: NeedsTableRow[];
}

/**
 * Needs by number of companies (most first). The report repeats each need per sector and per
 * size class; the row with neither is the need's total.
 */
export function needsTable(report: NeedsReport, split: NeedsSplit): NeedsTable {
  const rows = new Map<Need, NeedsTableRow>();
  const columns = new Set<string>();
  for (const row of report.rows) {
    const entry = rows.get(row.need) ?? { need: row.need, total: 0, counts: {} };
    rows.set(row.need, entry);
    const sector = row.sector ?? undefined;
    const sizeClass = row.sizeClass ?? undefined;
    if (sector === undefined && sizeClass === undefined) entry.total = row.companies;
    else if (split === 'sector' && sector !== undefined) {
      entry.counts[sector] = row.companies;
      columns.add(sector);
    } else if (split === 'sizeClass' && sizeClass !== undefined) {
      entry.counts[sizeClass] = row.companies;
      columns.add(sizeClass);
    }
  }
  // size classes from small to large, sectors by code; "unknown" last
  const rank = (value: string) => {
    if (split !== 'sizeClass') return value === 'unknown' ? 1 : 0;
    const index = (SIZE_CLASSES as readonly string[]).indexOf(value);
    return index === -1 ? SIZE_CLASSES.length : index;
  };
  const sortedColumns = [...columns].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return {
    columns: sortedColumns,
    rows: [...rows.values()].sort((a, b) => b.total - a.total || a.need.localeCompare(b.need)),
  };
}

export interface OutcomeSummary {
  indicator: OutcomesReportRow['indicator'];
  total: number;
  companies: number;
  partners: { partnerId: number; total: number; companies: number }[];
}

/** Per indicator its total and, below it, each partner's share. */
export function outcomeSummaries(report: OutcomesReport): OutcomeSummary[] {
  const byIndicator = new Map<string, OutcomeSummary>();
  for (const row of report.rows) {
    const entry = byIndicator.get(row.indicator) ?? { indicator: row.indicator, total: 0, companies: 0, partners: [] };
    byIndicator.set(row.indicator, entry);
    if (row.partnerId == null) {
      entry.total = Number(row.total);
      entry.companies = row.companies;
    } else entry.partners.push({ partnerId: row.partnerId, total: Number(row.total), companies: row.companies });
  }
  return [...byIndicator.values()];
}
