// POST /api/activities — with programmeId and stageId it also credits that funnel stage.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateCompany } from '@/shared/query-keys/companies';
import type { Activity, ActivityRequest } from '@/features/activities/api/types';
import { activityKeys } from '@/features/activities/api/keys';

export function createActivity(body: ActivityRequest): Promise<Activity> {
  return unwrap(api.POST('/api/activities', { body }));
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    // the company's activities, timeline, funnel position and stage records all change
    onSuccess: (activity) =>
      Promise.all([
        invalidateCompany(queryClient, activity.companyId),
        queryClient.invalidateQueries({ queryKey: activityKeys.all }),
      ]),
  });
}
