// PUT /api/events/{id} with If-Match.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { Event, EventRequest } from '@/features/events/api/types';
import { eventKeys } from '@/shared/query-keys/events';

export interface UpdateEventInput {
  id: number;
  etag: string;
  body: EventRequest;
}

export function updateEvent({ id, etag, body }: UpdateEventInput): Promise<Versioned<Event>> {
  return unwrapVersioned(api.PUT('/api/events/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }));
}

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEvent,
    onSuccess: (result) => {
      queryClient.setQueryData(eventKeys.detail(result.data.id), result);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
