// POST /api/imports (multipart/form-data) — the file is read and every row checked; the answer
// is a job in state PREVIEWED that says what confirming would do. Nothing changes yet.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ImportJob, ImportKind } from '@/features/imports/api/types';
import { importKeys } from '@/features/imports/api/keys';

export interface ImportUpload {
  kind: ImportKind;
  file: File;
}

export function uploadImport({ kind, file }: ImportUpload): Promise<ImportJob> {
  return unwrap(
    api.POST('/api/imports', {
      // the contract types the file as a string (format: binary); the form carries the File itself
      body: { kind, file: file as unknown as string },
      bodySerializer: () => {
        const form = new FormData();
        form.append('kind', kind);
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.detail(job.id), job);
      return queryClient.invalidateQueries({ queryKey: importKeys.lists() });
    },
  });
}
