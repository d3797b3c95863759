// GET /api/partners/{id} — one partner with its ETag, for editing.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { Partner } from '@/features/partners/api/types';
import { partnerKeys } from '@/shared/query-keys/partners';

export function getPartner(id: number): Promise<Versioned<Partner>> {
  return unwrapVersioned(api.GET('/api/partners/{id}', { params: { path: { id } } }));
}

export const getPartnerQueryOptions = (id: number) =>
  queryOptions({ queryKey: partnerKeys.detail(id), queryFn: () => getPartner(id) });

export function usePartner(id: number) {
  return useQuery(getPartnerQueryOptions(id));
}
