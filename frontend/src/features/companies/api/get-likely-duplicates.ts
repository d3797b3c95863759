// GET /api/companies/{id}/likely-duplicates — look-alike companies at the same postcode (admin, staff).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { LikelyDuplicate } from '@/features/companies/api/types';
import { companyKeys } from '@/shared/query-keys/companies';

export function getLikelyDuplicates(id: number): Promise<LikelyDuplicate[]> {
  return unwrap(api.GET('/api/companies/{id}/likely-duplicates', { params: { path: { id } } }));
}

export const getLikelyDuplicatesQueryOptions = (id: number) =>
  queryOptions({ queryKey: companyKeys.duplicates(id), queryFn: () => getLikelyDuplicates(id) });

export function useLikelyDuplicates(id: number, enabled: boolean) {
  return useQuery({ ...getLikelyDuplicatesQueryOptions(id), enabled });
}
