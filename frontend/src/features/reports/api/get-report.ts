// GET /api/reports/{report} as JSON — one fetcher and one hook for every panel of the dashboard
// (see REPORT_PATHS for what each report answers). The body is typed per report from the contract.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { REPORT_PATHS, reportQuery, type ReportBody, type ReportFilters, type ReportName } from '@/features/reports/api/types';
import { reportKeys } from '@/features/reports/api/keys';

/** Report-specific parameters ride along with the filters, e.g. the breakdown's `by`. */
export type ReportExtra = Record<string, string>;

export function getReport<R extends ReportName>(report: R, filters: ReportFilters, extra: ReportExtra = {}): Promise<ReportBody<R>> {
  // every report path takes the same filters, so one path stands for all of them; the endpoints
  // also answer CSV and Excel, so the generated body type is too wide to infer
  const call = api.GET(REPORT_PATHS[report] as '/api/reports/breakdown', { params: { query: { ...reportQuery(filters), ...extra } } });
  return unwrap(call) as Promise<ReportBody<R>>;
}

export const getReportQueryOptions = <R extends ReportName>(report: R, filters: ReportFilters, extra: ReportExtra = {}) =>
  queryOptions({
    queryKey: reportKeys.report(report, filters, extra),
    queryFn: () => getReport(report, filters, extra),
    enabled: filters.programmeId !== undefined,
    placeholderData: keepPreviousData,
  });

export function useReport<R extends ReportName>(report: R, filters: ReportFilters, extra?: ReportExtra) {
  return useQuery(getReportQueryOptions(report, filters, extra));
}
