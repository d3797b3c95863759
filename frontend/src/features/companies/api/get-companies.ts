// GET /api/companies — a page of companies: fuzzy search on name, KvK number or postcode, filters.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { companyKeys, type CompanyListParams, type CompanyPage } from '@/features/companies/api/types';

export function getCompanies(params: CompanyListParams): Promise<CompanyPage> {
  return unwrap(
    api.GET('/api/companies', {
      params: {
        query: {
          q: params.q || undefined,
          district: params.district || undefined,
          sector: params.sector || undefined,
          sizeClass: params.sizeClass,
          programmeId: params.programmeId,
          stageId: params.programmeId === undefined ? undefined : params.stageId,
          theme: params.theme,
          partnerId: params.partnerId,
          page: params.page,
          size: params.size,
          sort: params.sort || undefined,
        },
      },
    }),
  );
}

export const getCompaniesQueryOptions = (params: CompanyListParams) =>
  queryOptions({
    queryKey: companyKeys.list(params),
    queryFn: () => getCompanies(params),
    placeholderData: keepPreviousData,
  });

export function useCompanies(params: CompanyListParams) {
  return useQuery(getCompaniesQueryOptions(params));
}
