// The query keys of events: one factory for the events page, the door (check-in) and everything
// else that reads an event. Two roots, which invalidation relies on:
// - ['events', 'list', …]: the lists (management, invitations, the door's day, a partner's
//   start page), which a status change affects;
// - ['event', id, …]: everything read about one event (details, registrations, attendance,
//   check-in history). A check-in at the door invalidates that scope, so the event page's counts
//   follow without the events and check-in features knowing each other.
import type { QueryClient } from '@tanstack/react-query';

export const eventKeys = {
  lists: () => ['events', 'list'] as const,
  list: <P extends object>(params: P) => [...eventKeys.lists(), params] as const,
  /** The events the user's partner is invited to organise (a list: any event change refreshes it). */
  invited: () => [...eventKeys.lists(), 'invited'] as const,
  /** The published events of one calendar day, for the door. */
  today: (from: string) => [...eventKeys.lists(), 'today', from] as const,
  /** The upcoming events a partner organises, on its start page. */
  myWork: (partnerId: number | undefined) => [...eventKeys.lists(), 'my-work', partnerId] as const,
  /** The prefix of everything read about one event. */
  scope: (id: number) => ['event', id] as const,
  detail: (id: number) => [...eventKeys.scope(id), 'detail'] as const,
  /** The title alone, for screens that name an event another feature owns. */
  title: (id: number) => [...eventKeys.scope(id), 'title'] as const,
  registrations: (id: number) => [...eventKeys.scope(id), 'registrations'] as const,
  registrationList: <P extends object>(id: number, params: P) => [...eventKeys.registrations(id), params] as const,
  attendance: (id: number) => [...eventKeys.scope(id), 'attendance'] as const,
  checkIns: (id: number) => [...eventKeys.scope(id), 'check-ins'] as const,
};

/** After a registration, check-in or status change: everything about the event, and the lists. */
export function invalidateEvent(queryClient: QueryClient, eventId: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: eventKeys.scope(eventId) }),
    queryClient.invalidateQueries({ queryKey: eventKeys.lists() }),
  ]);
}
