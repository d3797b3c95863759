// GET /api/programmes/{id} — one programme with its ETag.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { Programme } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export function getProgramme(id: number): Promise<Versioned<Programme>> {
  return unwrapVersioned(api.GET('/api/programmes/{id}', { params: { path: { id } } }));
}

export const getProgrammeQueryOptions = (id: number) =>
  queryOptions({ queryKey: programmeKeys.detail(id), queryFn: () => getProgramme(id) });

export function useProgramme(id: number) {
  return useQuery(getProgrammeQueryOptions(id));
}
