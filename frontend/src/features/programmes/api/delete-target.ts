// DELETE /api/programmes/{programmeId}/targets/{targetId} (admin, staff).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, expectOk } from '@/lib/api-client';
import type { Target } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export interface DeleteTargetInput {
  programmeId: number;
  target: Pick<Target, 'id' | 'version'>;
}

export function deleteTarget({ programmeId, target }: DeleteTargetInput): Promise<void> {
  return expectOk(
    api.DELETE('/api/programmes/{programmeId}/targets/{targetId}', {
      params: { path: { programmeId, targetId: target.id }, header: { 'If-Match': etagForVersion(target.version) } },
    }),
  );
}

export function useDeleteTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTarget,
    onSuccess: (_result, { programmeId }) =>
      queryClient.invalidateQueries({ queryKey: programmeKeys.targets(programmeId) }),
  });
}
