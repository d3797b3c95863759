// POST /api/events/{id}/invitation/acceptance | decline — the user's partner answers the
// invitation to organise an event (409 when it has no open invitation). Accepting makes it an
// organiser: it manages the event and sees its registrations, so everything about the event
// and every event list (the open invitations too) is read again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, unwrap } from '@/lib/api-client';
import { eventKeys, invalidateEvent } from '@/shared/query-keys/events';
import type { Event } from '@/features/events/api/types';

export type InvitationAnswer = 'accept' | 'decline';

export function answerInvitation({ id, answer }: { id: number; answer: InvitationAnswer }): Promise<Event> {
  const options = { params: { path: { id } } };
  return answer === 'accept'
    ? unwrap(api.POST('/api/events/{id}/invitation/acceptance', options))
    : unwrap(api.POST('/api/events/{id}/invitation/decline', options));
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerInvitation,
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), { data: event, etag: etagForVersion(event.version) });
      return invalidateEvent(queryClient, event.id);
    },
  });
}
