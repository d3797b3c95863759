// PUT /api/ambassadors/{id} with If-Match — change a term, e.g. end it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import type { Ambassador, AmbassadorRequest } from '@/features/ambassadors/api/types';
import { ambassadorKeys } from '@/shared/query-keys/ambassadors';

export interface UpdateAmbassadorInput {
  ambassador: Pick<Ambassador, 'id' | 'version'>;
  body: AmbassadorRequest;
}

export function updateAmbassador({ ambassador, body }: UpdateAmbassadorInput): Promise<Ambassador> {
  return unwrap(
    api.PUT('/api/ambassadors/{id}', {
      params: { path: { id: ambassador.id }, header: { 'If-Match': etagForVersion(ambassador.version) } },
      body,
    }),
  );
}

export function useUpdateAmbassador() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAmbassador,
    onSuccess: (ambassador) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ambassadorKeys.lists() }),
        invalidateCompany(queryClient, ambassador.companyId),
      ]),
  });
}
