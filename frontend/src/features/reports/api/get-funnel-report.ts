// GET /api/reports/funnel — distinct companies per stage, the share that went on, and the median days between stages.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { reportKeys, reportQuery, type ReportFilters, type FunnelReport } from '@/features/reports/api/types';

export function getFunnelReport(filters: ReportFilters): Promise<FunnelReport> {
  // the endpoint also answers CSV and Excel, so the generated body type is too wide to infer
  return unwrap(api.GET('/api/reports/funnel', { params: { query: reportQuery(filters) } })) as Promise<FunnelReport>;
}

export const getFunnelReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({
    queryKey: reportKeys.report('funnel', filters),
    queryFn: () => getFunnelReport(filters),
    enabled: filters.programmeId !== undefined,
    placeholderData: keepPreviousData,
  });

export function useFunnelReport(filters: ReportFilters) {
  return useQuery(getFunnelReportQueryOptions(filters));
}
