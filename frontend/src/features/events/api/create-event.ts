// POST /api/events — plans an event as a draft.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Event, EventRequest } from '@/features/events/api/types';
import { eventKeys } from '@/shared/query-keys/events';

export function createEvent(body: EventRequest): Promise<Event> {
  return unwrap(api.POST('/api/events', { body }));
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.lists() }),
  });
}
