// One query-key convention for events, as company-scope.ts is for companies: everything read
// about one event (details, registrations, attendance, check-in history) lives under
// eventScopeKey(id). The events page and the check-in page are different features; a check-in
// at the door invalidates this prefix, so the event page's counts follow without either
// feature knowing the other's keys.
import type { QueryClient } from '@tanstack/react-query';

export const eventScopeKey = (eventId: number) => ['event', eventId] as const;

/** The event lists (management and the door's "today"), which a status change affects. */
export const eventListsKey = ['events', 'list'] as const;

export function invalidateEvent(queryClient: QueryClient, eventId: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: eventScopeKey(eventId) }),
    queryClient.invalidateQueries({ queryKey: eventListsKey }),
  ]);
}
