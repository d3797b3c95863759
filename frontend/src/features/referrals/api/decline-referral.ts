// POST /api/referrals/{id}/decline — the receiving partner declines, with a note.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import type { Referral, RespondInput } from '@/features/referrals/api/types';
import { referralKeys } from '@/shared/query-keys/referrals';

export function declineReferral({ id, note }: RespondInput): Promise<Referral> {
  return unwrap(api.POST('/api/referrals/{id}/decline', { params: { path: { id } }, body: { note: note || undefined } }));
}

export function useDeclineReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineReferral,
    // the boxes, and the company's timeline
    onSuccess: (referral) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.lists() }),
        invalidateCompany(queryClient, referral.companyId),
      ]),
  });
}
