// POST /api/referrals/{id}/completion — the receiving partner marks an accepted referral done.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import type { Referral, RespondInput } from '@/features/referrals/api/types';
import { referralKeys } from '@/shared/query-keys/referrals';

export function completeReferral({ id, note }: RespondInput): Promise<Referral> {
  return unwrap(api.POST('/api/referrals/{id}/completion', { params: { path: { id } }, body: { note: note || undefined } }));
}

export function useCompleteReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeReferral,
    // the boxes, and the company's timeline
    onSuccess: (referral) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.lists() }),
        invalidateCompany(queryClient, referral.companyId),
      ]),
  });
}
