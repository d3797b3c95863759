// GET /api/companies — a page of companies: fuzzy search on name, KvK number or postcode, filters.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { normaliseCompanyListFilters } from '@/shared/company-list-link';
import type { CompanyListParams, CompanyPage } from '@/features/companies/api/types';
import { companyKeys } from '@/shared/query-keys/companies';

/** The list's search, filters and order as query parameters, the same for a page and a download. */
// typed with the contract's names, so that a renamed parameter fails to compile here
type CompanyListQuery = NonNullable<paths['/api/companies']['get']['parameters']['query']>;

export function companyListQuery(list: Omit<CompanyListParams, 'page' | 'size'>): CompanyListQuery {
  // the API answers 400 to a period without a dated filter: never send one
  const params = { ...list, ...normaliseCompanyListFilters(list) };
  return {
    q: params.q || undefined,
    district: params.district || undefined,
    sector: params.sector || undefined,
    sizeClass: params.sizeClass,
    programmeId: params.programmeId,
    stageId: params.stageId,
    theme: params.theme,
    workedWithPartnerId: params.workedWithPartnerId,
    reachedStageId: params.reachedStageId,
    creditedPartnerId: params.creditedPartnerId,
    creditedStageId: params.creditedStageId,
    need: params.need,
    indicator: params.indicator,
    outcomePartnerId: params.outcomePartnerId,
    attendedEventId: params.attendedEventId,
    newAtEventId: params.newAtEventId,
    from: params.from,
    to: params.to,
    sort: params.sort || undefined,
  };
}

export function getCompanies(list: CompanyListParams): Promise<CompanyPage> {
  return unwrap(
    api.GET('/api/companies', {
      params: { query: { ...companyListQuery(list), page: list.page, size: list.size } },
    }),
  );
}

export const getCompaniesQueryOptions = (params: CompanyListParams) =>
  queryOptions({
    queryKey: companyKeys.list(params),
    queryFn: () => getCompanies(params),
    placeholderData: keepPreviousData,
  });

/** enabled: false while the list would be refused (see shared/company-list-link refusedRelationshipFilters). */
export function useCompanies(params: CompanyListParams, enabled = true) {
  return useQuery({ ...getCompaniesQueryOptions(params), enabled });
}
