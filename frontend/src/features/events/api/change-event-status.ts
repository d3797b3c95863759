// POST /api/events/{id}/publication | cancellation | closure — the status changes of an event.
// One file for the three: the same shape, the same invalidation (the event and every list).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, unwrap } from '@/lib/api-client';
import { eventKeys, invalidateEvent } from '@/shared/query-keys/events';
import type { Event } from '@/features/events/api/types';

export const STATUS_CHANGES = ['publish', 'cancel', 'close'] as const;
export type StatusChange = (typeof STATUS_CHANGES)[number];

export function changeEventStatus({ id, change }: { id: number; change: StatusChange }): Promise<Event> {
  const options = { params: { path: { id } } };
  switch (change) {
    case 'publish':
      return unwrap(api.POST('/api/events/{id}/publication', options));
    case 'cancel':
      return unwrap(api.POST('/api/events/{id}/cancellation', options));
    case 'close':
      return unwrap(api.POST('/api/events/{id}/closure', options));
  }
}

export function useChangeEventStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeEventStatus,
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), { data: event, etag: etagForVersion(event.version) });
      // closing turns registrations into no-shows: refresh everything about the event
      return invalidateEvent(queryClient, event.id);
    },
  });
}
