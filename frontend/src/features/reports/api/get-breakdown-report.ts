// GET /api/reports/breakdown — the funnel split by district, sector, size class, theme or partner.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import {
  reportKeys,
  reportQuery,
  type BreakdownDimension,
  type BreakdownReport,
  type ReportFilters,
} from '@/features/reports/api/types';

export function getBreakdownReport(filters: ReportFilters, by: BreakdownDimension): Promise<BreakdownReport> {
  // the endpoint also answers CSV and Excel, so the generated body type is too wide to infer
  return unwrap(api.GET('/api/reports/breakdown', { params: { query: { ...reportQuery(filters), by } } })) as Promise<BreakdownReport>;
}

export const getBreakdownReportQueryOptions = (filters: ReportFilters, by: BreakdownDimension) =>
  queryOptions({
    queryKey: reportKeys.report('breakdown', filters, { by }),
    queryFn: () => getBreakdownReport(filters, by),
    enabled: filters.programmeId !== undefined,
    placeholderData: keepPreviousData,
  });

export function useBreakdownReport(filters: ReportFilters, by: BreakdownDimension) {
  return useQuery(getBreakdownReportQueryOptions(filters, by));
}
