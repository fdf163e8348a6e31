/**
 * LIX readability index (Björnsson): words ÷ sentences + 100 × long words ÷ words,
 * where a long word has more than six letters. Below 30 is easy, above 50 is hard.
 */
export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The number of words in a text, counted as `lix` counts them. */
export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}

export function lix(text: string): LixResult {
  const words = text.match(wordPattern) ?? [];
  // A sentence ends at . ! ? or : before white space; a line without end punctuation
  // (a heading, a list item) also ends one. Write one paragraph per line.
  const closed = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join('\n');
  const sentences = Math.max(1, (closed.match(/[.!?:]+(?=\s|$)/g) ?? []).length);
  const longWords = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
  const n = words.length;
  return {
    lix: n === 0 ? 0 : n / sentences + (100 * longWords) / n,
    words: n,
    sentences,
    longWords,
  };
}

/** The text a reader sees in an MDX body: no frontmatter, imports, JSX tags, link targets or markup. */
export function mdxToPlainText(source: string): string {
  return source
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#|]/g, ' ');
}
