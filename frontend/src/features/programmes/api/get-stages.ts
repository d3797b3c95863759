// GET /api/programmes/{programmeId}/stages — the funnel stages in order. One fetcher and one
// cache key for the whole app: other features read the same list through shared/reference.
import { useQuery } from '@tanstack/react-query';
import { funnelStagesQueryOptions } from '@/shared/reference/programmes';

export function useStages(programmeId: number) {
  return useQuery(funnelStagesQueryOptions(programmeId));
}
