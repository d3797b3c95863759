// POST /api/programmes/{programmeId}/stages — appended at the end (admin only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Stage, StageRequest } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export interface CreateStageInput {
  programmeId: number;
  body: StageRequest;
}

export function createStage({ programmeId, body }: CreateStageInput): Promise<Stage> {
  return unwrap(api.POST('/api/programmes/{programmeId}/stages', { params: { path: { programmeId } }, body }));
}

export function useCreateStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStage,
    onSuccess: (_stage, { programmeId }) =>
      queryClient.invalidateQueries({ queryKey: programmeKeys.stages(programmeId) }),
  });
}
