// GET /api/events/{id}/registrations — who registered, optionally one status only.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RegistrationListParams, RegistrationPage } from '@/features/events/api/types';
import { eventKeys } from '@/shared/query-keys/events';

export function getRegistrations(id: number, params: RegistrationListParams): Promise<RegistrationPage> {
  return unwrap(
    api.GET('/api/events/{id}/registrations', {
      params: { path: { id }, query: { status: params.status, page: params.page, size: params.size } },
    }),
  );
}

export const getRegistrationsQueryOptions = (id: number, params: RegistrationListParams) =>
  queryOptions({
    queryKey: eventKeys.registrationList(id, params),
    queryFn: () => getRegistrations(id, params),
    placeholderData: keepPreviousData,
  });

export function useRegistrations(id: number, params: RegistrationListParams) {
  return useQuery(getRegistrationsQueryOptions(id, params));
}
