import type { DocSpec } from '../lib/storage/envelope';
import { persistentDoc } from './persist';

/** Facts about the reader's data as a whole: when it was last exported. Not part of exports. */
export interface Meta {
  lastExportAt?: string;
}

const metaSpec: DocSpec<Meta> = {
  kind: 'meta',
  version: 1,
  loadSchema: () =>
    import('zod/mini').then(
      (z) => z.object({ lastExportAt: z.optional(z.string().check(z.maxLength(40))) }) as import('zod/mini').ZodMiniType<Meta>,
    ),
  empty: () => ({}),
  count: () => 0,
};

export const metaDoc = persistentDoc(metaSpec);
export const $meta = metaDoc.$data;
export const recordExport = (at: Date) => metaDoc.update((m) => ({ ...m, lastExportAt: at.toISOString() }));
