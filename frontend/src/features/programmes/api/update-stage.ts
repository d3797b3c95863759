// PUT /api/programmes/{programmeId}/stages/{stageId} with If-Match — renames a stage (admin only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, unwrap } from '@/lib/api-client';
import type { Stage, StageRequest } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export interface UpdateStageInput {
  programmeId: number;
  stage: Pick<Stage, 'id' | 'version'>;
  body: StageRequest;
}

export function updateStage({ programmeId, stage, body }: UpdateStageInput): Promise<Stage> {
  return unwrap(
    api.PUT('/api/programmes/{programmeId}/stages/{stageId}', {
      params: { path: { programmeId, stageId: stage.id }, header: { 'If-Match': etagForVersion(stage.version) } },
      body,
    }),
  );
}

export function useUpdateStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateStage,
    onSuccess: (_stage, { programmeId }) =>
      queryClient.invalidateQueries({ queryKey: programmeKeys.stages(programmeId) }),
  });
}
