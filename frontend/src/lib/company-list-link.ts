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
} from '@/lib/enums';

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
  partnerId?: number;
  // The filters below open the companies behind a report's number.
  /** Reached this stage (first entered within from/to). */
  reachedStageId?: number;
  /** Funnel progress credited to this partner; only with programmeId or reachedStageId. */
  creditedPartnerId?: number;
  need?: Need;
  indicator?: Indicator;
  /** The period (inclusive) of reachedStageId, need or indicator; the API refuses it without one. */
  from?: string;
  to?: string;
}

/** The keys of the report filters; a partner user's list is narrowed to its own companies with any of them. */
export const REPORT_DETAIL_KEYS = ['reachedStageId', 'creditedPartnerId', 'need', 'indicator'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readId(value: string | null): number | undefined {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : undefined;
}

function readDay(value: string | null): string | undefined {
  return value && DAY.test(value) ? value : undefined;
}

export function opensReportDetail(filters: CompanyListFilters): boolean {
  return REPORT_DETAIL_KEYS.some((key) => filters[key] !== undefined);
}

/**
 * Drops what the API would refuse or ignore: a current stage without its programme, a period
 * without something dated to apply it to, a credited partner without a programme.
 */
export function normaliseCompanyListFilters(filters: CompanyListFilters): CompanyListFilters {
  const dated = filters.reachedStageId !== undefined || filters.need !== undefined || filters.indicator !== undefined;
  const inProgramme = filters.programmeId !== undefined || filters.reachedStageId !== undefined;
  return {
    ...filters,
    stageId: filters.programmeId === undefined ? undefined : filters.stageId,
    creditedPartnerId: inProgramme ? filters.creditedPartnerId : undefined,
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
    partnerId: readId(search.get('partnerId')),
    reachedStageId: readId(search.get('reachedStageId')),
    creditedPartnerId: readId(search.get('creditedPartnerId')),
    need: oneOf<Need>(NEEDS, search.get('need')),
    indicator: oneOf<Indicator>(INDICATORS, search.get('indicator')),
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
  'need',
  'indicator',
  'from',
  'to',
  'district',
  'sector',
  'sizeClass',
  'theme',
  'partnerId',
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
