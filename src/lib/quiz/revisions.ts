/**
 * Stored answers are purposes, not option texts. When an item's options are rewritten so that a
 * purpose now stands for a different answer, an old answer no longer says what the reader chose.
 * Such items are listed here under the storage version that rewrote them; upgrading stored data to
 * that version forgets their answers, so the quiz asks them again. Wording changes that keep each
 * option's meaning are not listed. Share codes carry only totals and keep working.
 */
export const revisedItems: Readonly<Record<number, readonly string[]>> = {
  /** Issue 18: q07's learning option was really a request for information; q02's and q06's influence
   * options were about the job or about learning; q09's access and learning options both described a
   * mixed group; q11's learning option repeated an article's example. */
  2: ['q02', 'q06', 'q07', 'q09', 'q11'],
};

/**
 * Turn stored quiz data of version `toVersion - 1` into `toVersion`: answers to the items rewritten in
 * `toVersion` are dropped. A reader who was looking at the result is taken to the check-your-answers
 * step, where the dropped items show as not answered. Anything that is not the expected shape is
 * passed on unchanged for the schema to reject.
 */
export function dropRevisedAnswers(data: unknown, toVersion: number): unknown {
  const ids = revisedItems[toVersion] ?? [];
  if (typeof data !== 'object' || data === null) return data;
  const state = data as { answers?: unknown; step?: unknown };
  if (typeof state.answers !== 'object' || state.answers === null) return data;
  const answers = { ...(state.answers as Record<string, unknown>) };
  let dropped = false;
  for (const id of ids) {
    if (Object.hasOwn(answers, id)) {
      delete answers[id];
      dropped = true;
    }
  }
  if (!dropped) return data;
  return { ...state, answers, step: state.step === 'result' ? 'review' : state.step };
}
