// GET /api/companies/{id} — one company with its ETag, for showing and editing.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { Company } from '@/features/companies/api/types';
import { companyKeys } from '@/shared/query-keys/companies';

export function getCompany(id: number): Promise<Versioned<Company>> {
  return unwrapVersioned(api.GET('/api/companies/{id}', { params: { path: { id } } }));
}

export const getCompanyQueryOptions = (id: number) =>
  queryOptions({ queryKey: companyKeys.detail(id), queryFn: () => getCompany(id) });

export function useCompany(id: number) {
  return useQuery(getCompanyQueryOptions(id));
}
