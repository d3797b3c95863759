// POST /api/events/{eventId}/walk-ins — company (when new), contact and check-in in one call.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { invalidateEvent } from '@/shared/query-keys/events';
import type { CheckInResult, WalkInRequest } from '@/features/checkin/api/types';

export function admitWalkIn(eventId: number, body: WalkInRequest): Promise<CheckInResult> {
  return unwrap(api.POST('/api/events/{eventId}/walk-ins', { params: { path: { eventId } }, body }));
}

export function useAdmitWalkIn(eventId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WalkInRequest) => admitWalkIn(eventId, body),
    onSuccess: () => invalidateEvent(queryClient, eventId),
  });
}
