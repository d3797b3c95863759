// DELETE /api/programmes/{id} (admin only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, expectOk } from '@/lib/api-client';
import type { Programme } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export function deleteProgramme(programme: Pick<Programme, 'id' | 'version'>): Promise<void> {
  return expectOk(
    api.DELETE('/api/programmes/{id}', {
      params: { path: { id: programme.id }, header: { 'If-Match': etagForVersion(programme.version) } },
    }),
  );
}

export function useDeleteProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProgramme,
    onSuccess: (_result, programme) => {
      queryClient.removeQueries({ queryKey: programmeKeys.detail(programme.id) });
      return queryClient.invalidateQueries({ queryKey: programmeKeys.lists() });
    },
  });
}
