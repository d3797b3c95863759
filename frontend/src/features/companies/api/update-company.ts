// PUT /api/companies/{id} with If-Match: a stale ETag gives 412.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import { companyKeys, invalidateCompany } from '@/shared/query-keys/companies';
import type { Company, CompanyRequest } from '@/features/companies/api/types';

export interface UpdateCompanyInput {
  id: number;
  etag: string;
  body: CompanyRequest;
}

export function updateCompany({ id, etag, body }: UpdateCompanyInput): Promise<Versioned<Company>> {
  return unwrapVersioned(api.PUT('/api/companies/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }));
}

export function useUpdateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCompany,
    onSuccess: (result) => {
      queryClient.setQueryData(companyKeys.detail(result.data.id), result);
      // the timeline shows the change; lists show the new name
      return invalidateCompany(queryClient, result.data.id);
    },
  });
}
