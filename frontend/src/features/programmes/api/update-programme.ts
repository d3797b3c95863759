// PUT /api/programmes/{id} with If-Match.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { Programme, ProgrammeRequest } from '@/features/programmes/api/types';
import { programmeKeys } from '@/shared/query-keys/programmes';

export interface UpdateProgrammeInput {
  id: number;
  etag: string;
  body: ProgrammeRequest;
}

export function updateProgramme({ id, etag, body }: UpdateProgrammeInput): Promise<Versioned<Programme>> {
  return unwrapVersioned(
    api.PUT('/api/programmes/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgramme,
    onSuccess: (result) => {
      queryClient.setQueryData(programmeKeys.detail(result.data.id), result);
      return queryClient.invalidateQueries({ queryKey: programmeKeys.lists() });
    },
  });
}
