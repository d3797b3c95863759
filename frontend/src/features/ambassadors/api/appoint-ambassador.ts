// POST /api/ambassadors — appoint a contact person ambassador of a programme for a term.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import type { Ambassador, AmbassadorRequest } from '@/features/ambassadors/api/types';
import { ambassadorKeys } from '@/shared/query-keys/ambassadors';

export function appointAmbassador(body: AmbassadorRequest): Promise<Ambassador> {
  return unwrap(api.POST('/api/ambassadors', { body }));
}

export function useAppointAmbassador() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: appointAmbassador,
    // the lists, and the company's timeline (audited)
    onSuccess: (ambassador) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ambassadorKeys.lists() }),
        invalidateCompany(queryClient, ambassador.companyId),
      ]),
  });
}
