// GET /api/imports/{id}/rejected-rows — the rejected rows as the file had them plus an error
// column (CSV) in the screen's language. A plain link cannot carry the bearer token: the SPA
// fetches and saves the blob.
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ApiProblem } from '@/lib/problem';
import { filenameFromDisposition, saveBlob } from '@/lib/save-file';

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

export async function downloadRejectedRows(id: number, language: string): Promise<DownloadedFile> {
  const { data, error, response } = await api.GET('/api/imports/{id}/rejected-rows', {
    params: { path: { id } },
    // the endpoint speaks CSV only: asking for JSON gets 406; the error column speaks the screen's language
    headers: { Accept: 'text/csv, application/problem+json', 'Accept-Language': language },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiProblem.fromResponse(response, error);
  const filename = filenameFromDisposition(response.headers.get('Content-Disposition'), `import-${id}-afgewezen-rijen.csv`);
  return { blob: data, filename };
}

export function useDownloadRejectedRows() {
  return useMutation({
    mutationFn: async ({ id, language }: { id: number; language: string }) => {
      const file = await downloadRejectedRows(id, language);
      saveBlob(file.blob, file.filename);
      return file;
    },
  });
}
