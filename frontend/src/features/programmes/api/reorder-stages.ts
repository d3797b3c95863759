// PUT /api/programmes/{programmeId}/stages/order — the full list of stage ids in the new order (admin only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Stage } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export interface ReorderStagesInput {
  programmeId: number;
  stageIds: number[];
}

export async function reorderStages({ programmeId, stageIds }: ReorderStagesInput): Promise<Stage[]> {
  const stages = await unwrap(
    api.PUT('/api/programmes/{programmeId}/stages/order', { params: { path: { programmeId } }, body: { stageIds } }),
  );
  return [...stages].sort((a, b) => a.position - b.position);
}

export function useReorderStages() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderStages,
    onSuccess: (stages, { programmeId }) => {
      queryClient.setQueryData(programmeKeys.stages(programmeId), stages);
    },
    onError: (_error, { programmeId }) =>
      queryClient.invalidateQueries({ queryKey: programmeKeys.stages(programmeId) }),
  });
}
