// Offers data the SPA fetched itself (with the bearer token) to the browser as a download.

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
