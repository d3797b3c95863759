// GET /api/reports/progress — each target now, month by month, and the date it is met at the current pace. Targets count the whole programme: only programmeId applies.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { reportKeys, reportQuery, type ReportFilters, type ProgressReport } from '@/features/reports/api/types';

export function getProgressReport(filters: ReportFilters): Promise<ProgressReport> {
  // the endpoint also answers CSV and Excel, so the generated body type is too wide to infer
  return unwrap(api.GET('/api/reports/progress', { params: { query: reportQuery(filters) } })) as Promise<ProgressReport>;
}

export const getProgressReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({
    queryKey: reportKeys.report('progress', filters),
    queryFn: () => getProgressReport(filters),
    enabled: filters.programmeId !== undefined,
    placeholderData: keepPreviousData,
  });

export function useProgressReport(filters: ReportFilters) {
  return useQuery(getProgressReportQueryOptions(filters));
}
