// From a number on the dashboard to the companies behind it: the company list's URL with the
// same definitions as the report (see shared/company-list-link and GET /api/companies).
import { companyListHref, type CompanyListFilters } from '@/shared/company-list-link';
import { SIZE_CLASSES, THEMES, oneOf, type Indicator, type Need, type SizeClass, type Theme } from '@/shared/enums';
import type { BreakdownDimension, NeedsSplit, ProgressReportTarget, ReportFilters } from '@/features/reports/api/types';

/**
 * The companies behind one of the report's numbers: the report's company filters as the list
 * names them, its programme and period, narrowed by what the number counts.
 */
function reportCompaniesHref(filters: ReportFilters, counted: CompanyListFilters): string {
  return companyListHref({
    district: filters.district,
    sector: filters.sector,
    sizeClass: filters.sizeClass,
    theme: filters.theme,
    creditedPartnerId: filters.creditedPartnerId,
    programmeId: filters.programmeId,
    from: filters.from,
    to: filters.to,
    ...counted,
  });
}

/** The companies that first entered this stage within the period (a funnel bar or number). */
export function funnelStageHref(filters: ReportFilters, stageId: number): string {
  return reportCompaniesHref(filters, { reachedStageId: stageId });
}

/** A breakdown keys unknown districts, sectors and sizes; no list can select "unknown". */
function isUnknown(key: string): boolean {
  return key.toLowerCase() === 'unknown';
}

/** One cell of the breakdown: the funnel stage plus that dimension's value. */
export function breakdownCellHref(
  filters: ReportFilters,
  by: BreakdownDimension,
  key: string,
  stageId: number,
): string | undefined {
  if (isUnknown(key)) return undefined;
  const dimension: CompanyListFilters = {};
  switch (by) {
    case 'district':
      dimension.district = key;
      break;
    case 'sector':
      dimension.sector = narrowerSector(filters.sector, key);
      break;
    case 'sizeClass': {
      const size = oneOf<SizeClass>(SIZE_CLASSES, key);
      if (!size) return undefined;
      dimension.sizeClass = size;
      break;
    }
    case 'theme': {
      const theme = oneOf<Theme>(THEMES, key);
      if (!theme) return undefined;
      dimension.theme = theme;
      break;
    }
    case 'partner': {
      const partner = Number(key);
      if (!Number.isInteger(partner) || partner <= 0) return undefined;
      // another partner's credit besides the report's partner filter: one list cannot ask both
      if (filters.creditedPartnerId !== undefined && filters.creditedPartnerId !== partner) return undefined;
      // the partner's credit at this stage, first credited in the period (not the stage's entry)
      return reportCompaniesHref(filters, { creditedPartnerId: partner, creditedStageId: stageId });
    }
  }
  return reportCompaniesHref(filters, { reachedStageId: stageId, ...dimension });
}

/** A sector key is the SBI division (two digits); a filter on 62.01 within 62 stays 62.01. */
function narrowerSector(filter: string | undefined, key: string): string {
  return filter && filter.startsWith(key) ? filter : key;
}

type Target = Pick<ProgressReportTarget, 'stageId' | 'indicator'>;

/**
 * A target counts the whole programme (no other filter applies): companies that reached its
 * stage, or that have an outcome on its indicator recorded for the programme; within a period
 * when given.
 */
function targetCompaniesHref(filters: ReportFilters, target: Target, period: { from?: string; to?: string } = {}): string | undefined {
  const programmeId = filters.programmeId;
  if (target.stageId != null) return companyListHref({ programmeId, reachedStageId: target.stageId, ...period });
  if (target.indicator) return companyListHref({ programmeId, indicator: target.indicator, ...period });
  return undefined;
}

/** A target as a whole: every company it counts, ever. */
export function targetHref(filters: ReportFilters, target: Target): string | undefined {
  return targetCompaniesHref(filters, target);
}

/**
 * Companies that first raised this need in the period, in the programme or outside any,
 * optionally within one sector or size class.
 */
export function needHref(filters: ReportFilters, need: Need, split: NeedsSplit = '', key?: string): string | undefined {
  const counted: CompanyListFilters = { need };
  if (split && key !== undefined) {
    if (isUnknown(key)) return undefined;
    if (split === 'sector') counted.sector = narrowerSector(filters.sector, key);
    else {
      const size = oneOf<SizeClass>(SIZE_CLASSES, key);
      if (!size) return undefined;
      counted.sizeClass = size;
    }
  }
  return reportCompaniesHref(filters, counted);
}

/** Companies with an outcome on this indicator for the programme in the period; one partner's outcomes when given. */
export function outcomeHref(filters: ReportFilters, indicator: Indicator, outcomePartnerId?: number): string {
  return reportCompaniesHref(filters, { indicator, outcomePartnerId });
}

/**
 * A partner's credited companies at one stage (the partner contribution table): a record at
 * that stage or later credited to the partner, first credited in the period.
 */
export function partnerStageHref(filters: ReportFilters, partnerId: number, stageId: number): string {
  return companyListHref({
    programmeId: filters.programmeId,
    creditedPartnerId: partnerId,
    creditedStageId: stageId,
    from: filters.from,
    to: filters.to,
  });
}

export function eventHref(eventId: number): string {
  return `/events/${eventId}`;
}

/** The companies checked in at the event (the events report counts people: a company may send several). */
export function eventAttendedHref(eventId: number): string {
  return companyListHref({ attendedEventId: eventId });
}

/** The companies whose first contact with the network was the event. */
export function eventNewCompaniesHref(eventId: number): string {
  return companyListHref({ newAtEventId: eventId });
}

/** "2026-02" → its first and last day. */
export function monthPeriod(month: string): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** A month of a target's trend: the companies added in it, or (cumulative) all up to its end. */
export function trendMonthHref(filters: ReportFilters, target: Target, month: string, cumulative: boolean): string | undefined {
  const { from, to } = monthPeriod(month);
  return targetCompaniesHref(filters, target, { from: cumulative ? undefined : from, to });
}
