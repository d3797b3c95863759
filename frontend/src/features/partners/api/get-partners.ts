// GET /api/partners — a page of partners, searched, filtered and sorted.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PartnerListParams, PartnerPage } from '@/features/partners/api/types';
import { partnerKeys } from '@/shared/query-keys/partners';

export function getPartners(params: PartnerListParams): Promise<PartnerPage> {
  return unwrap(
    api.GET('/api/partners', {
      params: { query: { q: params.q || undefined, kind: params.kind, page: params.page, size: params.size, sort: params.sort } },
    }),
  );
}

export const getPartnersQueryOptions = (params: PartnerListParams) =>
  queryOptions({
    queryKey: partnerKeys.list(params),
    queryFn: () => getPartners(params),
    placeholderData: keepPreviousData,
  });

export function usePartners(params: PartnerListParams) {
  return useQuery(getPartnersQueryOptions(params));
}
