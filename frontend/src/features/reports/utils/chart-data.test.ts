import { describe, expect, it } from 'vitest';
import {
  breakdownChartData,
  breakdownTable,
  funnelRows,
  needsTable,
  outcomeSummaries,
  trendPoints,
} from '@/features/reports/utils/chart-data';

describe('chart and table rows', () => {
  it('orders the funnel by position and keeps the first stage without a conversion', () => {
    const rows = funnelRows(
      {
        programmeId: 1,
        stages: [
          { stageId: 2, code: 'informed', name: 'Informed', position: 2, companies: 6, conversion: 0.667, medianDaysFromPrevious: 3.5 },
          { stageId: 1, code: 'inspired', name: 'Inspired', position: 1, companies: 9 },
        ],
      },
      (stage) => stage.name.toUpperCase(),
    );
    expect(rows).toEqual([
      { stageId: 1, position: 1, label: 'INSPIRED', companies: 9, conversion: undefined, medianDays: undefined },
      { stageId: 2, position: 2, label: 'INFORMED', companies: 6, conversion: 0.667, medianDays: 3.5 },
    ]);
  });

  it('fills the months without progress with the running total, up to the given month', () => {
    const points = trendPoints(
      [
        { month: '2026-11', added: 1, cumulative: 5 },
        { month: '2026-09', added: 4, cumulative: 4 },
      ],
      '2027-01',
    );
    expect(points).toEqual([
      { month: '2026-09', added: 4, cumulative: 4 },
      { month: '2026-10', added: 0, cumulative: 4 },
      { month: '2026-11', added: 1, cumulative: 5 },
      { month: '2026-12', added: 0, cumulative: 5 },
      { month: '2027-01', added: 0, cumulative: 5 },
    ]);
    expect(trendPoints([])).toEqual([]);
  });

  it('pivots a breakdown to one row per value and one column per stage, biggest first', () => {
    const table = breakdownTable(
      {
        programmeId: 1,
        by: 'district',
        rows: [
          { key: 'Centrum', position: 1, stageId: 1, companies: 1 },
          { key: 'Charlois', position: 1, stageId: 1, companies: 3 },
          { key: 'Charlois', position: 2, stageId: 2, companies: 2 },
        ],
      },
      [
        { stageId: 3, position: 3 },
        { stageId: 1, position: 1 },
      ],
    );
    expect(table.stages.map((stage) => stage.stageId)).toEqual([1, 2, 3]);
    expect(table.rows).toEqual([
      { key: 'Charlois', counts: { 1: 3, 2: 2 } },
      { key: 'Centrum', counts: { 1: 1 } },
    ]);
    // the chart gets zeros where the table has no count
    expect(breakdownChartData(table, (key) => key.toUpperCase())[1]).toEqual({
      key: 'Centrum',
      label: 'CENTRUM',
      stage1: 1,
      stage2: 0,
      stage3: 0,
    });
  });

  it('takes the need totals from the rows without sector and size, and splits on request', () => {
    const report = {
      rows: [
        { need: 'FINANCING' as const, companies: 3 },
        { need: 'FINANCING' as const, sizeClass: 'SMALL', companies: 2 },
        { need: 'FINANCING' as const, sizeClass: 'MICRO', companies: 1 },
        { need: 'FINANCING' as const, sector: '43', companies: 3 },
        { need: 'NETWORK' as const, companies: 5 },
        { need: 'NETWORK' as const, sizeClass: 'UNKNOWN', companies: 5 },
        { need: 'NETWORK' as const, sector: 'unknown', companies: 5 },
      ],
    };
    expect(needsTable(report, '')).toEqual({
      columns: [],
      rows: [
        { need: 'NETWORK', total: 5, counts: {} },
        { need: 'FINANCING', total: 3, counts: {} },
      ],
    });
    const bySize = needsTable(report, 'sizeClass');
    expect(bySize.columns).toEqual(['MICRO', 'SMALL', 'UNKNOWN']);
    expect(bySize.rows[1]).toEqual({ need: 'FINANCING', total: 3, counts: { SMALL: 2, MICRO: 1 } });
    expect(needsTable(report, 'sector').columns).toEqual(['43', 'unknown']);
  });

  it('groups outcomes per indicator with each partner below the total', () => {
    expect(
      outcomeSummaries({
        rows: [
          { indicator: 'JOBS_CREATED', total: 12, companies: 4 },
          { indicator: 'JOBS_CREATED', partnerId: 1, total: 10, companies: 3 },
          { indicator: 'JOBS_CREATED', partnerId: 2, total: 2, companies: 1 },
        ],
      }),
    ).toEqual([
      {
        indicator: 'JOBS_CREATED',
        total: 12,
        companies: 4,
        partners: [
          { partnerId: 1, total: 10, companies: 3 },
          { partnerId: 2, total: 2, companies: 1 },
        ],
      },
    ]);
  });
});
