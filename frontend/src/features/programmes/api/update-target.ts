// PUT /api/programmes/{programmeId}/targets/{targetId} with If-Match (admin, staff).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, unwrap } from '@/lib/api-client';
import type { Target, TargetRequest } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export interface UpdateTargetInput {
  programmeId: number;
  target: Pick<Target, 'id' | 'version'>;
  body: TargetRequest;
}

export function updateTarget({ programmeId, target, body }: UpdateTargetInput): Promise<Target> {
  return unwrap(
    api.PUT('/api/programmes/{programmeId}/targets/{targetId}', {
      params: { path: { programmeId, targetId: target.id }, header: { 'If-Match': etagForVersion(target.version) } },
      body,
    }),
  );
}

export function useUpdateTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTarget,
    onSuccess: (_target, { programmeId }) =>
      queryClient.invalidateQueries({ queryKey: programmeKeys.targets(programmeId) }),
  });
}
