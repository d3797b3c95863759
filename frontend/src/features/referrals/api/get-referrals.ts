// GET /api/referrals — a partner's inbox (referred to it) or outbox (sent by it).
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ReferralListParams, ReferralPage } from '@/features/referrals/api/types';
import { referralKeys } from '@/shared/query-keys/referrals';

export function getReferrals(params: ReferralListParams): Promise<ReferralPage> {
  return unwrap(
    api.GET('/api/referrals', {
      params: {
        query: {
          box: params.box,
          status: params.status,
          partnerId: params.partnerId,
          page: params.page,
          size: params.size,
        },
      },
    }),
  );
}

export const getReferralsQueryOptions = (params: ReferralListParams) =>
  queryOptions({
    queryKey: referralKeys.list(params),
    queryFn: () => getReferrals(params),
    placeholderData: keepPreviousData,
  });

export function useReferrals(params: ReferralListParams) {
  return useQuery(getReferralsQueryOptions(params));
}
