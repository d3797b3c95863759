// POST /api/programmes — the server adds the default stages.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { Programme, ProgrammeRequest } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export function createProgramme(body: ProgrammeRequest): Promise<Versioned<Programme>> {
  return unwrapVersioned(api.POST('/api/programmes', { body }));
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgramme,
    onSuccess: (result) => {
      queryClient.setQueryData(programmeKeys.detail(result.data.id), result);
      return queryClient.invalidateQueries({ queryKey: programmeKeys.lists() });
    },
  });
}
