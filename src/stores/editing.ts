import { atom } from 'nanostores';
import { createSaveScheduler } from '../lib/editing/saveScheduler';

/** A text field is saved this long after the reader's last key press (the promise is: within a second). */
export const SAVE_DELAY_MS = 500;

/** Every text field's waiting save, on this page. */
export const saveScheduler = createSaveScheduler(SAVE_DELAY_MS, {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
});

/** How many fields have typing that is not saved yet: the save line says "Gemmer …" while it is above 0. */
export const $pendingEdits = atom(0);
saveScheduler.onChange((n) => $pendingEdits.set(n));

if (typeof window !== 'undefined') {
  // A phone may freeze or kill a hidden tab without blurring the field: save everything as the page is hidden.
  addEventListener('pagehide', () => saveScheduler.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveScheduler.flush();
  });
}
