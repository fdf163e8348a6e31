import { graphemes } from '../text-measure';

/** At most this many letters: "Anne Marie Hansen Berg" is "AMHB" cut to "AMH". */
const MAX_LETTERS = 3;

/**
 * A name's initials, for a picture of the map that is shared: the first letter of each word (words split at
 * spaces and hyphens), in capitals, at most three. "Anne-Marie Hansen" is "AMH", "jens" is "J", a name that
 * is already initials ("AB") stays as it is, and an empty name is "?".
 */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-‐–]+/u)
    .filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1 && /^\p{Lu}{2,3}$/u.test(words[0]!)) return words[0]!;
  return (
    words
      .map((w) => graphemes(w.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '')
      .filter(Boolean)
      .slice(0, MAX_LETTERS)
      .join('')
      .toLocaleUpperCase('da') || '?'
  );
}
