// The query keys of the reports: every key holds the filters, so a change of filter refetches
// every panel.
import { reportQuery, type ReportFilters, type ReportName } from '@/features/reports/api/types';

export const reportKeys = {
  all: ['reports'] as const,
  report: (name: ReportName, filters: ReportFilters, extra: Record<string, string> = {}) =>
    [...reportKeys.all, name, reportQuery(filters), extra] as const,
};
