// GET /api/imports/{id} — the job: its preview, and once confirmed how far it is. Polled while
// it is queued or running; SUCCEEDED and FAILED are final.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { isRunning, type ImportJob } from '@/features/imports/api/types';
import { importKeys } from '@/features/imports/api/keys';

/** How often a running job is asked for its progress. */
export const POLL_INTERVAL_MS = 700;

export function getImport(id: number): Promise<ImportJob> {
  return unwrap(api.GET('/api/imports/{id}', { params: { path: { id } } }));
}

export const getImportQueryOptions = (id: number) =>
  queryOptions({
    queryKey: importKeys.detail(id),
    queryFn: () => getImport(id),
    refetchInterval: (query) => (isRunning(query.state.data) ? POLL_INTERVAL_MS : false),
    // a tab in the background keeps following the job, so the result is there on return
    refetchIntervalInBackground: true,
  });

export function useImport(id: number) {
  return useQuery(getImportQueryOptions(id));
}
