// GET /api/programmes — a page of programmes, searched, filtered and sorted.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ProgrammeListParams, ProgrammePage } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export function getProgrammes(params: ProgrammeListParams): Promise<ProgrammePage> {
  return unwrap(
    api.GET('/api/programmes', {
      params: { query: { q: params.q || undefined, theme: params.theme, page: params.page, size: params.size, sort: params.sort } },
    }),
  );
}

export const getProgrammesQueryOptions = (params: ProgrammeListParams) =>
  queryOptions({
    queryKey: programmeKeys.list(params),
    queryFn: () => getProgrammes(params),
    placeholderData: keepPreviousData,
  });

export function useProgrammes(params: ProgrammeListParams) {
  return useQuery(getProgrammesQueryOptions(params));
}
