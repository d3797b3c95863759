// The dashboard's state in the URL (so a view can be bookmarked and sent round) and the period
// presets. The URL uses the API's parameter names, like the company list's.
import { SIZE_CLASSES, THEMES, oneOf, type SizeClass, type Theme } from '@/shared/enums';
import { today } from '@/lib/dates';
import { readDay, readId, readText } from '@/lib/search-params';
import {
  BREAKDOWN_DIMENSIONS,
  NEEDS_SPLITS,
  type BreakdownDimension,
  type NeedsSplit,
  type ReportFilters,
} from '@/features/reports/api/types';

export interface DashboardView {
  filters: ReportFilters;
  /** The breakdown chart's dimension. */
  by: BreakdownDimension;
  /** How the needs chart splits each need. */
  split: NeedsSplit;
}

export const DEFAULT_BREAKDOWN: BreakdownDimension = 'district';

export function readDashboardSearch(search: URLSearchParams): DashboardView {
  return {
    filters: {
      programmeId: readId(search.get('programmeId')),
      from: readDay(search.get('from')),
      to: readDay(search.get('to')),
      theme: oneOf<Theme>(THEMES, search.get('theme')),
      creditedPartnerId: readId(search.get('creditedPartnerId')),
      district: readText(search.get('district')),
      sector: readText(search.get('sector')),
      sizeClass: oneOf<SizeClass>(SIZE_CLASSES, search.get('sizeClass')),
    },
    by: oneOf(BREAKDOWN_DIMENSIONS, search.get('by')) ?? DEFAULT_BREAKDOWN,
    split: oneOf(NEEDS_SPLITS, search.get('split')) ?? '',
  };
}

export function dashboardSearch({ filters, by, split }: DashboardView): URLSearchParams {
  const entries: [string, string | number | undefined][] = [
    ['programmeId', filters.programmeId],
    ['from', filters.from],
    ['to', filters.to],
    ['theme', filters.theme],
    ['creditedPartnerId', filters.creditedPartnerId],
    ['district', filters.district?.trim()],
    ['sector', filters.sector?.trim()],
    ['sizeClass', filters.sizeClass],
    ['by', by === DEFAULT_BREAKDOWN ? undefined : by],
    ['split', split || undefined],
  ];
  const search = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined && value !== '') search.set(key, String(value));
  return search;
}

export const PERIOD_PRESETS = ['all', 'thisYear', 'lastYear', 'last12Months', 'programme'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface ProgrammePeriod {
  startDate: string;
  endDate?: string;
}

export interface Period {
  from?: string;
  to?: string;
}

/** The period of a preset on the given day; "programme" needs the programme's dates. */
export function presetPeriod(preset: PeriodPreset, now: Date = new Date(), programme?: ProgrammePeriod): Period {
  const year = now.getFullYear();
  switch (preset) {
    case 'all':
      return {};
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'last12Months': {
      // twelve whole months back: 25 Nov last year up to and including today (24 Nov)
      const start = new Date(year - 1, now.getMonth(), now.getDate() + 1);
      return { from: today(start), to: today(now) };
    }
    case 'programme':
      return programme ? { from: programme.startDate, to: programme.endDate } : {};
  }
}

/** The preset whose period this is, or "custom" for any other. */
export function presetOf(period: Period, now: Date = new Date(), programme?: ProgrammePeriod): PeriodPreset | 'custom' {
  const found = PERIOD_PRESETS.find((preset) => {
    if (preset === 'programme' && !programme) return false;
    const candidate = presetPeriod(preset, now, programme);
    return (candidate.from ?? '') === (period.from ?? '') && (candidate.to ?? '') === (period.to ?? '');
  });
  return found ?? 'custom';
}

/**
 * The programme the dashboard opens with: of those running today the one that started first
 * (the established programme, not one just set up next to it), else the first by name.
 */
export function defaultProgramme<T extends { id: number; startDate: string; endDate?: string }>(
  programmes: readonly T[],
  now: Date = new Date(),
): T | undefined {
  const day = today(now);
  const running = programmes.filter((p) => p.startDate <= day && (!p.endDate || p.endDate >= day));
  const earliest = [...running].sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  return earliest ?? programmes[0];
}
