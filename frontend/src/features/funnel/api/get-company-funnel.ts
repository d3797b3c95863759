// GET /api/companies/{companyId}/funnel — per programme the stages reached and when.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ProgrammeFunnelPosition } from '@/features/funnel/api/types';
import { funnelKeys } from '@/features/funnel/api/keys';

export async function getCompanyFunnel(companyId: number): Promise<ProgrammeFunnelPosition[]> {
  const positions = await unwrap(api.GET('/api/companies/{companyId}/funnel', { params: { path: { companyId } } }));
  return positions.map((position) => ({
    ...position,
    stages: [...position.stages].sort((a, b) => a.position - b.position),
  }));
}

export const getCompanyFunnelQueryOptions = (companyId: number) =>
  queryOptions({ queryKey: funnelKeys.position(companyId), queryFn: () => getCompanyFunnel(companyId) });

export function useCompanyFunnel(companyId: number) {
  return useQuery(getCompanyFunnelQueryOptions(companyId));
}
