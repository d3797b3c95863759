// GET /api/imports — earlier imports, newest first: a partner's own, every import for staff.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ImportJobPage } from '@/features/imports/api/types';
import { importKeys } from '@/features/imports/api/keys';

export function getImports(size: number): Promise<ImportJobPage> {
  return unwrap(api.GET('/api/imports', { params: { query: { page: 0, size } } }));
}

export const getImportsQueryOptions = (size: number) =>
  queryOptions({ queryKey: importKeys.list(size), queryFn: () => getImports(size) });

export function useImports(size: number) {
  return useQuery(getImportsQueryOptions(size));
}
