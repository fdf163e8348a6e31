/** Estimating the size of text without a DOM: the map's labels are measured from their characters. */

// Text

let graphemeSegmenter: Intl.Segmenter | null | undefined;
/** Text in which every UTF-16 unit is a character of its own (Latin, Danish letters included, Greek, Cyrillic without combining marks). */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: any text is allowed here
const SIMPLE_TEXT = /^[\u0000-\u02ff\u0370-\u0482\u048a-\u058f\u2010-\u2027]*$/u;

/** The user-perceived characters of a text (so "Å", "é" or a flag count as one). */
export function graphemes(text: string): string[] {
  if (SIMPLE_TEXT.test(text)) return text.split('');
  if (graphemeSegmenter === undefined) {
    graphemeSegmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('da', { granularity: 'grapheme' }) : null;
  }
  if (!graphemeSegmenter) return Array.from(text);
  return Array.from(graphemeSegmenter.segment(text), (seg) => seg.segment);
}

const WIDEST = /^[MWÆŒ@%]/u;
const WIDE = /^[mwæœ]/u;
const UPPER = /^\p{Lu}/u;
const FULL_WIDTH =
  /^[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|^\p{Extended_Pictographic}/u;

/** The estimated width of one character, in em. */
function charWidth(ch: string): number {
  if (WIDEST.test(ch) || FULL_WIDTH.test(ch)) return 1;
  if (WIDE.test(ch)) return 0.85;
  if (UPPER.test(ch)) return 0.75;
  return 0.6;
}

/**
 * The estimated width of a line of text, without a DOM to measure it: 0.6 em per character, which
 * is at least the width of every lower-case letter, digit and punctuation mark of common sans-serif
 * fonts (Arial, Helvetica, Roboto, Segoe UI, San Francisco) except m and w (0.85 em); capitals 0.75 em,
 * and M, W, Æ, Œ, @, %, wide East Asian characters and emoji 1 em. A letter with a diacritic (æ, ø, å,
 * é) counts as one character. Generous on purpose: an overestimate wastes a little space, an
 * underestimate makes labels overlap.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of graphemes(text)) {
    let w = widths.get(ch);
    if (w === undefined) widths.set(ch, (w = charWidth(ch)));
    em += w;
  }
  return em * fontSize;
}
/** Each character's width once worked out: a map of thousands measures the same few letters again and again. */
const widths = new Map<string, number>();

/**
 * The label for a name: white space tidied, and cut to at most `maxChars` characters with "…" at the
 * end when longer. The cut falls between words when it can (so "Christoffer Bøgh-Andersen" becomes
 * "Christoffer…"): the visible label is then a run of whole words of the marker's accessible name,
 * as WCAG 2.5.3 (label in name) asks. A first word longer than the limit is cut inside it. An empty
 * name reads "?".
 */
export function labelFor(name: string, maxChars = 16): { label: string; truncated: boolean } {
  const tidy = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!tidy) return { label: '?', truncated: false };
  const chars = graphemes(tidy);
  if (chars.length <= maxChars) return { label: tidy, truncated: false };
  let kept = chars.slice(0, maxChars - 1);
  const splitsWord = kept.at(-1) !== ' ' && chars[maxChars - 1] !== ' ';
  const lastSpace = kept.lastIndexOf(' ');
  if (splitsWord && lastSpace > 0) kept = kept.slice(0, lastSpace);
  return { label: `${kept.join('').trimEnd()}…`, truncated: true };
}
