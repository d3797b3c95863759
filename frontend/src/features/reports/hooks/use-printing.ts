// Whether the page is being printed. Charts then draw at a fixed width that fits A4: a chart
// measures its box on screen, and the print layout does not always tell it the new width.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const printMedia = () => (typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined);

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printMedia()?.matches ?? false);
  useEffect(() => {
    // the browser lays out the printout right after beforeprint: render before returning
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const media = printMedia();
    const change = (event: MediaQueryListEvent) => setPrinting(event.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
