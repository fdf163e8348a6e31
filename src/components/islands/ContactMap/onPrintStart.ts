import { flushSync } from 'react-dom';

/**
 * Runs `update` when printing starts (`beforeprint`, or the page switching to print media, as a print preview or an
 * emulated one does), inside `flushSync`: the browser lays the page out for print as soon as the event's handlers
 * return, so what `update` sets must be on the page by then. Returns the function that stops listening.
 */
export function onPrintStart(update: () => void): () => void {
  const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
  const now = () => flushSync(update);
  const onPrintMedia = () => {
    if (print?.matches) now();
  };
  addEventListener('beforeprint', now);
  print?.addEventListener('change', onPrintMedia);
  return () => {
    removeEventListener('beforeprint', now);
    print?.removeEventListener('change', onPrintMedia);
  };
}
