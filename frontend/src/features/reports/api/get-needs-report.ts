// GET /api/reports/needs — distinct companies per need raised, in total and by sector and size class.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { reportKeys, reportQuery, type ReportFilters, type NeedsReport } from '@/features/reports/api/types';

export function getNeedsReport(filters: ReportFilters): Promise<NeedsReport> {
  // the endpoint also answers CSV and Excel, so the generated body type is too wide to infer
  return unwrap(api.GET('/api/reports/needs', { params: { query: reportQuery(filters) } })) as Promise<NeedsReport>;
}

export const getNeedsReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({
    queryKey: reportKeys.report('needs', filters),
    queryFn: () => getNeedsReport(filters),
    enabled: filters.programmeId !== undefined,
    placeholderData: keepPreviousData,
  });

export function useNeedsReport(filters: ReportFilters) {
  return useQuery(getNeedsReportQueryOptions(filters));
}
