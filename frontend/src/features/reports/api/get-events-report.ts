// GET /api/reports/events — per event registrations, attendance, walk-ins, no-shows and new companies. Only the programme and the period apply.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { reportKeys, reportQuery, type ReportFilters, type EventsReport } from '@/features/reports/api/types';

export function getEventsReport(filters: ReportFilters): Promise<EventsReport> {
  // the endpoint also answers CSV and Excel, so the generated body type is too wide to infer
  return unwrap(api.GET('/api/reports/events', { params: { query: reportQuery(filters) } })) as Promise<EventsReport>;
}

export const getEventsReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({
    queryKey: reportKeys.report('events', filters),
    queryFn: () => getEventsReport(filters),
    enabled: filters.programmeId !== undefined,
    placeholderData: keepPreviousData,
  });

export function useEventsReport(filters: ReportFilters) {
  return useQuery(getEventsReportQueryOptions(filters));
}
