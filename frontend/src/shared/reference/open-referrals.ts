// How many referrals wait in the partner's inbox: the count beside "Doorverwijzingen" in the menu.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { referralKeys } from '@/shared/query-keys/referrals';

export async function getOpenReferralCount(): Promise<number> {
  const page = await unwrap(api.GET('/api/referrals', { params: { query: { box: 'INBOX', status: 'OPEN', size: 1 } } }));
  return page.total;
}

/** Under the referrals' list key: accepting or declining one refreshes the count with the inbox. */
export const openReferralCountQueryOptions = () =>
  queryOptions({ queryKey: referralKeys.openCount(), queryFn: getOpenReferralCount, staleTime: 60_000 });

/** Idle for whoever has no inbox of their own (admin and staff look at every partner's). */
export function useOpenReferralCount(enabled: boolean) {
  return useQuery({ ...openReferralCountQueryOptions(), enabled });
}
