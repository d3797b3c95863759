// GET /api/me: who is logged in and with which roles. Shared by the shell and all features.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { meKeys } from '@/shared/query-keys/me';

export type Me = components['schemas']['Me'];

export function getMe(): Promise<Me> {
  return unwrap(api.GET('/api/me'));
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: meKeys.all, queryFn: getMe, staleTime: 5 * 60 * 1000 });

export function useMe() {
  return useQuery(meQueryOptions());
}
