// POST /api/companies — a known KvK number (and branch) gives 409 with `existing`.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { Company, CompanyRequest } from '@/features/companies/api/types';
import { companyKeys } from '@/shared/query-keys/companies';

export function createCompany(body: CompanyRequest): Promise<Versioned<Company>> {
  return unwrapVersioned(api.POST('/api/companies', { body }));
}

export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCompany,
    onSuccess: (result) => {
      queryClient.setQueryData(companyKeys.detail(result.data.id), result);
      return queryClient.invalidateQueries({ queryKey: companyKeys.lists() });
    },
  });
}
