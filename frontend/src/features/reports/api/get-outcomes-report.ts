// GET /api/reports/outcomes — outcome indicators summed in total and per partner.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { reportKeys, reportQuery, type ReportFilters, type OutcomesReport } from '@/features/reports/api/types';

export function getOutcomesReport(filters: ReportFilters): Promise<OutcomesReport> {
  // the endpoint also answers CSV and Excel, so the generated body type is too wide to infer
  return unwrap(api.GET('/api/reports/outcomes', { params: { query: reportQuery(filters) } })) as Promise<OutcomesReport>;
}

export const getOutcomesReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({
    queryKey: reportKeys.report('outcomes', filters),
    queryFn: () => getOutcomesReport(filters),
    enabled: filters.programmeId !== undefined,
    placeholderData: keepPreviousData,
  });

export function useOutcomesReport(filters: ReportFilters) {
  return useQuery(getOutcomesReportQueryOptions(filters));
}
