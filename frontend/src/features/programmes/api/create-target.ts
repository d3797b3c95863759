// POST /api/programmes/{programmeId}/targets (admin, staff).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Target, TargetRequest } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export interface CreateTargetInput {
  programmeId: number;
  body: TargetRequest;
}

export function createTarget({ programmeId, body }: CreateTargetInput): Promise<Target> {
  return unwrap(api.POST('/api/programmes/{programmeId}/targets', { params: { path: { programmeId } }, body }));
}

export function useCreateTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTarget,
    onSuccess: (_target, { programmeId }) =>
      queryClient.invalidateQueries({ queryKey: programmeKeys.targets(programmeId) }),
  });
}
