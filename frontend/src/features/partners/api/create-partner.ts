// POST /api/partners
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { Partner, PartnerRequest } from '@/features/partners/api/types';
import { partnerKeys } from '@/shared/query-keys/partners';

export function createPartner(body: PartnerRequest): Promise<Versioned<Partner>> {
  return unwrapVersioned(api.POST('/api/partners', { body }));
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartner,
    onSuccess: (result) => {
      queryClient.setQueryData(partnerKeys.detail(result.data.id), result);
      return queryClient.invalidateQueries({ queryKey: partnerKeys.lists() });
    },
  });
}
