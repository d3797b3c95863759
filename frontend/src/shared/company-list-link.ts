// The URL of the company list (/companies?…), shared by the list that reads it and the screens
// that link to it (the reports dashboard opens the companies behind a number). One rule: the
// URL uses the API's parameter names, so a link says exactly what GET /api/companies is asked.
import {
  INDICATORS,
  NEEDS,
  SIZE_CLASSES,
  THEMES,
  oneOf,
  type Indicator,
  type Need,
  type SizeClass,
  type Theme,
} from '@/shared/enums';
import type { ListViewer } from '@/shared/authorization';
import { readDay, readId } from '@/lib/search-params';

export interface CompanyListFilters {
  q?: string;
  district?: string;
  sector?: string;
  sizeClass?: SizeClass;
  programmeId?: number;
  /** Current stage; only with programmeId. */
  stageId?: number;
  theme?: Theme;
  /** Companies this partner has worked with. */
  workedWithPartnerId?: number;
  // The filters below open the companies behind a report's number.
  /** Reached this stage (first entered within from/to). */
  reachedStageId?: number;
  /**
   * Funnel progress credited to this partner: at creditedStageId when given (first credited
   * within from/to), otherwise any credit in the programme of programmeId or reachedStageId.
   */
  creditedPartnerId?: number;
  /** The stage of creditedPartnerId's credit (a record at it or later); only with creditedPartnerId. */
  creditedStageId?: number;
  /** Raised this need (first raised within from/to); with programmeId, in that programme or without one. */
  need?: Need;
  /** An outcome on this indicator (within from/to); with programmeId, recorded for that programme. */
  indicator?: Indicator;
  /** The indicator's outcomes recorded by this partner; only with indicator. */
  outcomePartnerId?: number;
  /** Checked in at this event. */
  attendedEventId?: number;
  /** First contact with the network at this event. */
  newAtEventId?: number;
  /** The period (inclusive) of reachedStageId, creditedStageId, need or indicator; the API refuses it without one. */
  from?: string;
  to?: string;
}

/**
 * The report filters that narrow a partner user's list to its own companies (as the API's
 * CompanyFilter.opensReportDetail); the others below only qualify one of these.
 */
export const REPORT_DETAIL_KEYS = [
  'reachedStageId',
  'creditedPartnerId',
  'need',
  'indicator',
  'attendedEventId',
  'newAtEventId',
] as const;

/** Every filter that only a report's link sets: what "clear the report filters" takes away. */
export const REPORT_KEYS = [...REPORT_DETAIL_KEYS, 'creditedStageId', 'outcomePartnerId', 'from', 'to'] as const;

export function opensReportDetail(filters: CompanyListFilters): boolean {
  return REPORT_DETAIL_KEYS.some((key) => filters[key] !== undefined);
}

/**
 * Drops what the API would refuse or ignore: a current stage without its programme, a period
 * without something dated to apply it to, a credited partner without a programme or stage, a
 * credited stage without its partner, an outcome's partner without its indicator.
 */
export function normaliseCompanyListFilters(filters: CompanyListFilters): CompanyListFilters {
  const creditedStageId = filters.creditedPartnerId === undefined ? undefined : filters.creditedStageId;
  const inProgramme =
    filters.programmeId !== undefined || filters.reachedStageId !== undefined || creditedStageId !== undefined;
  const dated =
    filters.reachedStageId !== undefined ||
    creditedStageId !== undefined ||
    filters.need !== undefined ||
    filters.indicator !== undefined;
  return {
    ...filters,
    stageId: filters.programmeId === undefined ? undefined : filters.stageId,
    creditedPartnerId: inProgramme ? filters.creditedPartnerId : undefined,
    creditedStageId,
    outcomePartnerId: filters.indicator === undefined ? undefined : filters.outcomePartnerId,
    from: dated ? filters.from : undefined,
    to: dated ? filters.to : undefined,
  };
}

export function readCompanyListFilters(search: URLSearchParams): CompanyListFilters {
  return normaliseCompanyListFilters({
    q: search.get('q') ?? '',
    district: search.get('district') ?? '',
    sector: search.get('sector') ?? '',
    sizeClass: oneOf<SizeClass>(SIZE_CLASSES, search.get('sizeClass')),
    programmeId: readId(search.get('programmeId')),
    stageId: readId(search.get('stageId')),
    theme: oneOf<Theme>(THEMES, search.get('theme')),
    workedWithPartnerId: readId(search.get('workedWithPartnerId')),
    reachedStageId: readId(search.get('reachedStageId')),
    creditedPartnerId: readId(search.get('creditedPartnerId')),
    creditedStageId: readId(search.get('creditedStageId')),
    need: oneOf<Need>(NEEDS, search.get('need')),
    indicator: oneOf<Indicator>(INDICATORS, search.get('indicator')),
    outcomePartnerId: readId(search.get('outcomePartnerId')),
    attendedEventId: readId(search.get('attendedEventId')),
    newAtEventId: readId(search.get('newAtEventId')),
    from: readDay(search.get('from')),
    to: readDay(search.get('to')),
  });
}

/** In a fixed order, so the same filters always give the same URL. */
const ORDER: (keyof CompanyListFilters)[] = [
  'q',
  'programmeId',
  'stageId',
  'reachedStageId',
  'creditedPartnerId',
  'creditedStageId',
  'need',
  'indicator',
  'outcomePartnerId',
  'attendedEventId',
  'newAtEventId',
  'from',
  'to',
  'district',
  'sector',
  'sizeClass',
  'theme',
  'workedWithPartnerId',
];

export function companyListSearch(filters: CompanyListFilters): URLSearchParams {
  const normalised = normaliseCompanyListFilters(filters);
  const search = new URLSearchParams();
  for (const key of ORDER) {
    const value = normalised[key];
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search;
}

export function companyListHref(filters: CompanyListFilters): string {
  const search = companyListSearch(filters).toString();
  return search ? `/companies?${search}` : '/companies';
}

/** The filters on one partner's relationships: its client list, in one way or another. */
export const RELATIONSHIP_KEYS = ['workedWithPartnerId', 'creditedPartnerId', 'outcomePartnerId'] as const;
export type RelationshipKey = (typeof RELATIONSHIP_KEYS)[number];

/**
 * The filters that name another partner's relationships than the viewer's own: the API refuses
 * them to a partner user (403), since the answer would be that partner's client list. None for
 * admin and staff; every one in use while it is not known who the viewer is.
 */
export function refusedRelationshipFilters(filters: CompanyListFilters, viewer: ListViewer | undefined): RelationshipKey[] {
  if (viewer === 'network') return [];
  const normalised = normaliseCompanyListFilters(filters);
  return RELATIONSHIP_KEYS.filter((key) => normalised[key] !== undefined && normalised[key] !== viewer);
}

/** A link to the company list as the viewer may follow it; undefined when the API would refuse it. */
export function openableHref(href: string | undefined, viewer: ListViewer | undefined): string | undefined {
  if (href === undefined) return undefined;
  const query = href.includes('?') ? href.slice(href.indexOf('?') + 1) : '';
  return refusedRelationshipFilters(readCompanyListFilters(new URLSearchParams(query)), viewer).length > 0 ? undefined : href;
}
