// GET /api/ambassadors — current (appointed today) or past and upcoming terms, per programme.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Ambassador, AmbassadorListParams } from '@/features/ambassadors/api/types';
import { ambassadorKeys } from '@/shared/query-keys/ambassadors';

export function getAmbassadors(params: AmbassadorListParams): Promise<Ambassador[]> {
  return unwrap(api.GET('/api/ambassadors', { params: { query: { programmeId: params.programmeId, current: params.current } } }));
}

export const getAmbassadorsQueryOptions = (params: AmbassadorListParams) =>
  queryOptions({ queryKey: ambassadorKeys.list(params), queryFn: () => getAmbassadors(params) });

export function useAmbassadors(params: AmbassadorListParams) {
  return useQuery(getAmbassadorsQueryOptions(params));
}
