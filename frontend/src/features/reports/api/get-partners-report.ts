// GET /api/reports/partners — per partner the companies credited per stage, activities and referrals. Only the programme and the period apply.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { reportKeys, reportQuery, type ReportFilters, type PartnerContributionReport } from '@/features/reports/api/types';

export function getPartnersReport(filters: ReportFilters): Promise<PartnerContributionReport> {
  // the endpoint also answers CSV and Excel, so the generated body type is too wide to infer
  return unwrap(api.GET('/api/reports/partners', { params: { query: reportQuery(filters) } })) as Promise<PartnerContributionReport>;
}

export const getPartnersReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({
    queryKey: reportKeys.report('partners', filters),
    queryFn: () => getPartnersReport(filters),
    enabled: filters.programmeId !== undefined,
    placeholderData: keepPreviousData,
  });

export function usePartnersReport(filters: ReportFilters) {
  return useQuery(getPartnersReportQueryOptions(filters));
}
