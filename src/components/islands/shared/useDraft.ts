import { useStore } from '@nanostores/react';
import { $drafts, setDraft, type Drafts } from '../../../stores/drafts';

const NO_DRAFTS: Drafts = {};

/**
 * Text typed for something not saved yet (a name before "Add", a check-in note), kept in the browser
 * as it is typed, so a reload or a closed tab does not lose it. Empty on the server and while hydrating.
 * Clear it with `set('')` once the thing it is for is saved.
 */
export function useDraft(key: string): [string, (text: string) => void] {
  const drafts = useStore($drafts, { ssr: () => NO_DRAFTS });
  return [drafts[key] ?? '', (text) => setDraft(key, text)];
}
