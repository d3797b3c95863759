// The query keys of the funnel: all read about one company, so under its scope
// (companyKeys.scope): an activity, a check-in or a stage record refreshes them.
import { companyKeys } from '@/shared/query-keys/companies';

export const funnelKeys = {
  position: (companyId: number) => [...companyKeys.scope(companyId), 'funnel'] as const,
  records: (companyId: number) => [...companyKeys.scope(companyId), 'stage-records'] as const,
  /** What a stage recorded by hand may name as its source: a partner's own, or the whole network's. */
  creditSources: (companyId: number, partnerId: number | undefined) =>
    [...companyKeys.scope(companyId), 'credit-sources', partnerId ?? 'network'] as const,
  activitySources: (companyId: number, partnerId: number | undefined) =>
    [...funnelKeys.creditSources(companyId, partnerId), 'activities'] as const,
  attendanceSources: (companyId: number, partnerId: number | undefined) =>
    [...funnelKeys.creditSources(companyId, partnerId), 'attendance'] as const,
};
