import type { DocSpec } from '../lib/storage/envelope';
import { persistentDoc } from './persist';

/**
 * Text typed for something not created yet (a name before "Add", a check-in note before "Save the
 * check-in"), kept across a reload. Keyed by what it is a draft of, e.g. `contactMap.recallName`.
 * Not part of exports: drafts are cleared as soon as the thing they are for is saved.
 */
export type Drafts = Record<string, string>;

export const DRAFT_LIMITS = { keys: 40, keyLength: 80, text: 20_000 } as const;

const draftsSpec: DocSpec<Drafts> = {
  kind: 'drafts',
  version: 1,
  loadSchema: () =>
    import('zod/mini').then(
      (z) =>
        z
          .record(z.string().check(z.maxLength(DRAFT_LIMITS.keyLength)), z.string().check(z.maxLength(DRAFT_LIMITS.text)))
          .check(z.refine((d) => Object.keys(d).length <= DRAFT_LIMITS.keys)) as import('zod/mini').ZodMiniType<Drafts>,
    ),
  empty: () => ({}),
  count: (d) => Object.keys(d).length,
};

export const draftsDoc = persistentDoc(draftsSpec);
export const $drafts = draftsDoc.$data;

/** Keep (or, with an empty text, forget) the draft for `key`. */
export function setDraft(key: string, text: string): void {
  draftsDoc.update((d) => {
    const { [key]: _old, ...rest } = d;
    if (text === '') return rest;
    if (!(key in d) && Object.keys(rest).length >= DRAFT_LIMITS.keys) return d;
    return { ...rest, [key]: text.slice(0, DRAFT_LIMITS.text) };
  });
}

export const clearDraft = (key: string) => setDraft(key, '');
