// The door's counts. Online they are the server's. Offline the server's last figures go stale as
// this phone admits people: each admission waiting in the queue moves one person from "still
// expected" to "checked in", so the two never add up to more people than there are. Without any
// figures from the server (opened offline), the phone's own list is counted.
import type { Attendance } from '@/shared/reference/event-attendance';
import type { StoredList } from '@/features/checkin/offline/store';

export function localCounts(list: StoredList, server: Attendance | undefined, offline: boolean, waiting: number): Attendance {
  if (server && !offline) return server;
  if (server) {
    const moved = Math.min(waiting, server.registered);
    return { ...server, checkedIn: server.checkedIn + moved, registered: server.registered - moved };
  }
  const count = (status: string) => list.attendees.filter((attendee) => attendee.status === status).length;
  return { registered: count('REGISTERED'), waitlisted: count('WAITLISTED'), checkedIn: count('CHECKED_IN'), walkIns: 0, noShows: 0, cancelled: count('CANCELLED'), failedScans: 0 };
}
