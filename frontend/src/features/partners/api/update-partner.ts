// PUT /api/partners/{id} with If-Match: a stale ETag gives 412.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { Partner, PartnerRequest } from '@/features/partners/api/types';
import { partnerKeys } from '@/shared/query-keys/partners';

export interface UpdatePartnerInput {
  id: number;
  etag: string;
  body: PartnerRequest;
}

export function updatePartner({ id, etag, body }: UpdatePartnerInput): Promise<Versioned<Partner>> {
  return unwrapVersioned(
    api.PUT('/api/partners/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useUpdatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartner,
    onSuccess: (result) => {
      queryClient.setQueryData(partnerKeys.detail(result.data.id), result);
      return queryClient.invalidateQueries({ queryKey: partnerKeys.lists() });
    },
  });
}
