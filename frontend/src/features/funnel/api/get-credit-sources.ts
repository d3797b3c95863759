// The sources a stage recorded by hand can name (StageRecordRequest source/sourceId): the
// activities at the company and the check-ins at events. A partner user credits itself only
// through its own: its own activities (GET /api/activities?companyId&partnerId=own), and the
// check-ins at events its partner organises. The company's timeline holds the check-ins (refId is
// the registration, eventId the event); the events tell who organises them. The API checks the
// same on saving and refuses anything else.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { funnelKeys } from '@/features/funnel/api/keys';

type Activity = components['schemas']['Activity'];
type Event = components['schemas']['Event'];

/** A check-in at an event: the registration that a stage credit names. */
export interface Attendance {
  registrationId: number;
  eventTitle: string;
  checkedInAt: string;
}

/** The API's largest page: a company has a handful of activities and check-ins, not hundreds. */
const ALL = 200;
export async function getActivitySources(companyId: number, partnerId: number | undefined): Promise<Activity[]> {
  const page = await unwrap(api.GET('/api/activities', { params: { query: { companyId, partnerId, size: ALL } } }));
  return page.items;
}

/** Check-ins at the company; with organiser, only at events that partner organises. */
export async function getAttendanceSources(companyId: number, organiser: number | undefined): Promise<Attendance[]> {
  const timeline = await unwrap(
    api.GET('/api/companies/{companyId}/timeline', { params: { path: { companyId }, query: { size: ALL } } }),
  );
  let checkIns = timeline.filter((item) => item.kind === 'EVENT_CHECKED_IN' && item.label && item.eventId != null);
  if (organiser !== undefined) {
    const eventIds = [...new Set(checkIns.map((item) => item.eventId!))];
    const events: Event[] = await Promise.all(
      eventIds.map((id) => unwrap(api.GET('/api/events/{id}', { params: { path: { id } } }))),
    );
    const own = new Set(events.filter((event) => event.organiserIds.includes(organiser)).map((event) => event.id));
    checkIns = checkIns.filter((item) => own.has(item.eventId!));
  }
  return checkIns.map((item) => ({ registrationId: item.refId, eventTitle: item.label!, checkedInAt: item.at }));
}

export const activitySourcesQueryOptions = (companyId: number, partnerId: number | undefined) =>
  queryOptions({
    queryKey: funnelKeys.activitySources(companyId, partnerId),
    queryFn: () => getActivitySources(companyId, partnerId),
  });

export const attendanceSourcesQueryOptions = (companyId: number, partnerId: number | undefined) =>
  queryOptions({
    queryKey: funnelKeys.attendanceSources(companyId, partnerId),
    queryFn: () => getAttendanceSources(companyId, partnerId),
  });

/**
 * The sources open to the user: a partner user's own (its partner's id), or every one at the
 * company for admin and staff ('network'). Idle while it is not known who the user is.
 */
export function useCreditSources(companyId: number, viewer: number | 'network' | undefined) {
  const partnerId = typeof viewer === 'number' ? viewer : undefined;
  const enabled = viewer !== undefined;
  const activities = useQuery({ ...activitySourcesQueryOptions(companyId, partnerId), enabled });
  const attendances = useQuery({ ...attendanceSourcesQueryOptions(companyId, partnerId), enabled });
  return {
    activities: activities.data ?? [],
    attendances: attendances.data ?? [],
    isPending: activities.isPending || attendances.isPending,
    error: activities.error ?? attendances.error,
  };
}
