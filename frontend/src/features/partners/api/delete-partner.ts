// DELETE /api/partners/{id} (admin only), with the version the user saw.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, expectOk } from '@/lib/api-client';
import type { Partner } from '@/features/partners/api/types';
import { partnerKeys } from '@/shared/query-keys/partners';

export function deletePartner(partner: Pick<Partner, 'id' | 'version'>): Promise<void> {
  return expectOk(
    api.DELETE('/api/partners/{id}', {
      params: { path: { id: partner.id }, header: { 'If-Match': etagForVersion(partner.version) } },
    }),
  );
}

export function useDeletePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePartner,
    onSuccess: (_result, partner) => {
      queryClient.removeQueries({ queryKey: partnerKeys.detail(partner.id) });
      return queryClient.invalidateQueries({ queryKey: partnerKeys.lists() });
    },
  });
}
