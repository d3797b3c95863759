// POST /api/referrals — refer a company to another partner, with a reason.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import type { Referral, ReferralRequest } from '@/features/referrals/api/types';
import { referralKeys } from '@/shared/query-keys/referrals';

export function createReferral(body: ReferralRequest): Promise<Referral> {
  return unwrap(api.POST('/api/referrals', { body }));
}

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReferral,
    onSuccess: (referral) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.lists() }),
        invalidateCompany(queryClient, referral.companyId),
      ]),
  });
}
