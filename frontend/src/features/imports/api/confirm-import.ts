// POST /api/imports/{id}/confirmation — apply the previewed job in the background. While rows
// are rejected the API refuses (409) unless validRowsOnly is true.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ImportJob } from '@/features/imports/api/types';
import { importKeys } from '@/features/imports/api/keys';

export interface ImportConfirmation {
  id: number;
  validRowsOnly: boolean;
}

export function confirmImport({ id, validRowsOnly }: ImportConfirmation): Promise<ImportJob> {
  return unwrap(api.POST('/api/imports/{id}/confirmation', { params: { path: { id } }, body: { validRowsOnly } }));
}

export function useConfirmImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmImport,
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.detail(job.id), job);
      return queryClient.invalidateQueries({ queryKey: importKeys.lists() });
    },
    // confirmed elsewhere meanwhile (409): show the job as it is now
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: importKeys.detail(id) }),
  });
}
