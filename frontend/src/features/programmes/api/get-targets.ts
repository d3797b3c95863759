// GET /api/programmes/{programmeId}/targets
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Target } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export function getTargets(programmeId: number): Promise<Target[]> {
  return unwrap(api.GET('/api/programmes/{programmeId}/targets', { params: { path: { programmeId } } }));
}

export const getTargetsQueryOptions = (programmeId: number) =>
  queryOptions({ queryKey: programmeKeys.targets(programmeId), queryFn: () => getTargets(programmeId) });

export function useTargets(programmeId: number) {
  return useQuery(getTargetsQueryOptions(programmeId));
}
