// GET /api/stage-records?companyId&includeWithdrawn=true — every record, withdrawn ones included.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { StageRecord } from '@/features/funnel/api/types';
import { funnelKeys } from '@/features/funnel/api/keys';

export function getStageRecords(companyId: number): Promise<StageRecord[]> {
  return unwrap(api.GET('/api/stage-records', { params: { query: { companyId, includeWithdrawn: true } } }));
}

export const getStageRecordsQueryOptions = (companyId: number) =>
  queryOptions({ queryKey: funnelKeys.records(companyId), queryFn: () => getStageRecords(companyId) });

export function useStageRecords(companyId: number) {
  return useQuery(getStageRecordsQueryOptions(companyId));
}
