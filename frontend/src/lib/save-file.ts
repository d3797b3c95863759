// Offers data the SPA fetched itself (with the bearer token) to the browser as a download.
import { ApiProblem } from '@/lib/problem';

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // give the browser a moment to start the download before the URL goes
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The file name a response's Content-Disposition suggests (filename*=UTF-8''… preferred over
 * filename="…"), without any path; the fallback when it names none.
 */
export function filenameFromDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  let name: string | undefined;
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??= plain ? (plain[2] ?? plain[1])?.trim() : undefined;
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : fallback;
}

/** A file the SPA fetched, ready to offer as a download. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

export const DOWNLOAD_FORMATS = ['csv', 'xlsx'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/**
 * The headers of a list download: CSV or Excel (with problems as JSON), and the file's headers and
 * words in the language of the screen rather than of the browser.
 */
export function downloadHeaders(language: string): Record<string, string> {
  return {
    Accept: 'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json',
    'Accept-Language': language,
  };
}

interface BlobResult {
  data?: Blob;
  error?: unknown;
  response: Response;
}

/** The downloaded file of a call made with parseAs: 'blob'; an ApiProblem for anything else. */
export async function fileOf(call: Promise<BlobResult>, fallbackName: string): Promise<DownloadedFile> {
  const { data, error, response } = await call;
  if (!response.ok || !data) throw ApiProblem.fromResponse(response, error);
  return { blob: data, filename: filenameFromDisposition(response.headers.get('Content-Disposition'), fallbackName) };
}
