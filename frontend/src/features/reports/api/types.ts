// Report types from the generated contract, each report's path, the shared filters as the API
// takes them (the query keys, which hold the filters: api/keys).
import type { components, paths } from '@/api/generated/schema';
import type { SizeClass, Theme } from '@/shared/enums';

type Schemas = components['schemas'];
export type FunnelReport = Schemas['FunnelReport'];
export type FunnelReportStage = Schemas['FunnelReportStage'];
export type ProgressReport = Schemas['ProgressReport'];
export type ProgressReportTarget = Schemas['ProgressReportTarget'];
export type ProgressReportMonth = Schemas['ProgressReportMonth'];
export type BreakdownReport = Schemas['BreakdownReport'];
export type BreakdownReportRow = Schemas['BreakdownReportRow'];
export type EventsReport = Schemas['EventsReport'];
export type EventsReportRow = Schemas['EventsReportRow'];
export type PartnerContributionReport = Schemas['PartnerContributionReport'];
export type PartnerContributionRow = Schemas['PartnerContributionRow'];
export type OutcomesReport = Schemas['OutcomesReport'];
export type OutcomesReportRow = Schemas['OutcomesReportRow'];
export type NeedsReport = Schemas['NeedsReport'];
export type NeedsReportRow = Schemas['NeedsReportRow'];

export type BreakdownDimension = BreakdownReport['by'];
export const BREAKDOWN_DIMENSIONS = ['district', 'sector', 'sizeClass', 'theme', 'partner'] as const satisfies readonly BreakdownDimension[];

/** How the needs chart splits each need: not at all, or by size class or sector. */
export const NEEDS_SPLITS = ['', 'sizeClass', 'sector'] as const;
export type NeedsSplit = (typeof NEEDS_SPLITS)[number];

export const REPORTS = ['funnel', 'progress', 'breakdown', 'events', 'partners', 'outcomes', 'needs'] as const;
export type ReportName = (typeof REPORTS)[number];

/** Each report's path; every one takes the shared filters and answers JSON, CSV or Excel. */
export const REPORT_PATHS = {
  /** Distinct companies per stage, the share that went on, and the median days between stages. */
  funnel: '/api/reports/funnel',
  /** Each target now, month by month, and the date it is met at the current pace; only programmeId applies. */
  progress: '/api/reports/progress',
  /** The funnel split by district, sector, size class, theme or partner (`by`). */
  breakdown: '/api/reports/breakdown',
  /** Per event registrations, attendance, walk-ins, no-shows and new companies; only the programme and the period apply. */
  events: '/api/reports/events',
  /** Per partner the companies credited per stage, activities and referrals; only the programme and the period apply. */
  partners: '/api/reports/partners',
  /** Outcome indicators summed in total and per partner. */
  outcomes: '/api/reports/outcomes',
  /** Distinct companies per need raised, in total and by sector and size class. */
  needs: '/api/reports/needs',
} as const satisfies Record<ReportName, keyof paths>;

/** A report's JSON body, as the contract declares it for its path. */
export type ReportBody<R extends ReportName> =
  paths[(typeof REPORT_PATHS)[R]]['get']['responses'][200]['content']['application/json'];

/** The filters all reports share; the period is inclusive (ISO dates). */
export interface ReportFilters {
  programmeId?: number;
  from?: string;
  to?: string;
  theme?: Theme;
  /** Companies whose funnel progress is credited to this partner. */
  creditedPartnerId?: number;
  district?: string;
  sector?: string;
  sizeClass?: SizeClass;
}

/** The query parameters every report takes, as the contract names them. */
type ReportQuery = NonNullable<paths['/api/reports/funnel']['get']['parameters']['query']>;

/** The filters as query parameters: empty values left out. */
export function reportQuery(filters: ReportFilters): ReportQuery {
  return {
    programmeId: filters.programmeId,
    from: filters.from || undefined,
    to: filters.to || undefined,
    theme: filters.theme,
    creditedPartnerId: filters.creditedPartnerId,
    district: filters.district || undefined,
    sector: filters.sector || undefined,
    sizeClass: filters.sizeClass,
  };
}
