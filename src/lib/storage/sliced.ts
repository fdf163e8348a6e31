import type { ZodMiniType } from 'zod/mini';
import { nextTask } from '../shared/nextTask';
import { decodeEnvelope, decodedFrom, migrate, openEnvelope, type Decoded, type DocSpec, type Slicing } from './envelope';

/**
 * Lets the browser paint and answer input before the next slice of work: `scheduler.yield()` where there is one (its
 * continuation goes ahead of other waiting tasks), a new task otherwise.
 */
export const pauseForPage = (): Promise<void> =>
  typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function' ? scheduler.yield() : nextTask();

/**
 * What `decodeEnvelope(raw, spec, schema)` returns, reached a slice at a time: the record's entries are checked one by
 * one, and after each `budgetMs` of work the check waits for `pause()`, so that the page can paint and answer input
 * in between. A first load of a thousand people is then many short tasks instead of one long one.
 *
 * Good data comes back as the whole schema would give it. For anything else `decodeEnvelope` itself answers, so the
 * reason and the kept copy are the same as on the plain path.
 */
export async function decodeInSlices<T>(
  raw: string,
  spec: DocSpec<T>,
  schema: ZodMiniType<T>,
  slicing: Slicing,
  pause: () => Promise<void> = pauseForPage,
  // Well under a long task's 50 ms even on a phone four times slower, with room for a collection of garbage.
  budgetMs = 4,
): Promise<Decoded<T>> {
  let since = performance.now();
  /** Waits for `pause()` once `budgetMs` of work has been done since the last pause. */
  const breathe = async () => {
    if (performance.now() - since <= budgetMs) return;
    await pause();
    since = performance.now();
  };
  const whole = () => decodeEnvelope(raw, spec, schema);
  const opened = openEnvelope(raw, spec);
  if (!opened.ok) return opened.decoded;
  const { envelope } = opened;
  const migrated = migrate(spec, envelope.version, envelope.data);
  if (!migrated.ok) return whole();
  await breathe();
  const shell = slicing.shell.safeParse(migrated.data);
  if (!shell.success) return whole();
  const entries = shell.data[slicing.key] as Record<string, unknown>;
  // Plain assignment is safe: opening the envelope refused `__proto__`-style keys anywhere in the text.
  const checked: Record<string, unknown> = {};
  for (const id of Object.keys(entries)) {
    await breathe();
    const entry = slicing.entry.safeParse(entries[id]);
    if (!entry.success) return whole();
    checked[id] = entry.data;
  }
  return decodedFrom(envelope, spec, { ...shell.data, [slicing.key]: checked } as T);
}
