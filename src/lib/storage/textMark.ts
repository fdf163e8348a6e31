import { fnv1aUtf8 } from './fnv1a';

/**
 * The mark of a stored text that this site checked with its schema, or wrote itself from checked data: the kind and
 * version it was read at, its length, and a 32-bit FNV-1a hash of its UTF-8 bytes (`fnv1a.ts`). Stored beside the
 * text, it lets the next visit read that text without checking it again: a thousand contacts took a phone about a
 * fifth of a second to check, on every visit. Not a guard against tampering (whoever can edit the storage can write a
 * mark too), but text changed by anything other than the site's own writes (by hand, another program, a write that
 * never finished) no longer matches its mark, but for a chance of one in four billion, and is checked as before.
 * Marks from before the hash went over UTF-8 (over UTF-16 units, until December 2026) do not match either: that text
 * is checked once more, in slices, and marked again.
 */
export function textMark(kind: string, version: number, text: string): string {
  return `${kind}:${version}:${text.length}:${fnv1aUtf8(text).toString(36)}`;
}
