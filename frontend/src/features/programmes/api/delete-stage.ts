// DELETE /api/programmes/{programmeId}/stages/{stageId} — 409 while a target uses it (admin only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, expectOk } from '@/lib/api-client';
import type { Stage } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export interface DeleteStageInput {
  programmeId: number;
  stage: Pick<Stage, 'id' | 'version'>;
}

export function deleteStage({ programmeId, stage }: DeleteStageInput): Promise<void> {
  return expectOk(
    api.DELETE('/api/programmes/{programmeId}/stages/{stageId}', {
      params: { path: { programmeId, stageId: stage.id }, header: { 'If-Match': etagForVersion(stage.version) } },
    }),
  );
}

export function useDeleteStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteStage,
    onSuccess: (_result, { programmeId }) =>
      queryClient.invalidateQueries({ queryKey: programmeKeys.stages(programmeId) }),
  });
}
