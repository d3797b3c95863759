// POST /api/companies/{id}/merge — fold a duplicate into this company (admin, staff).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import type { Company } from '@/features/companies/api/types';

export interface MergeCompaniesInput {
  id: number;
  duplicateId: number;
}

export function mergeCompanies({ id, duplicateId }: MergeCompaniesInput): Promise<Company> {
  return unwrap(api.POST('/api/companies/{id}/merge', { params: { path: { id } }, body: { duplicateId } }));
}

export function useMergeCompanies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeCompanies,
    // contacts, activities, referrals and stage records moved: everything about both companies changed
    onSuccess: (_company, { id, duplicateId }) =>
      Promise.all([invalidateCompany(queryClient, id), invalidateCompany(queryClient, duplicateId)]),
  });
}
