// GET /api/programmes/{programmeId}/stages — the funnel stages in order.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { programmeKeys, type Stage } from '@/features/programmes/api/types';

export async function getStages(programmeId: number): Promise<Stage[]> {
  const stages = await unwrap(api.GET('/api/programmes/{programmeId}/stages', { params: { path: { programmeId } } }));
  return [...stages].sort((a, b) => a.position - b.position);
}

export const getStagesQueryOptions = (programmeId: number) =>
  queryOptions({ queryKey: programmeKeys.stages(programmeId), queryFn: () => getStages(programmeId) });

export function useStages(programmeId: number) {
  return useQuery(getStagesQueryOptions(programmeId));
}
