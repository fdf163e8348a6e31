/**
 * The mark of a stored text that this site checked with its schema, or wrote itself from checked data: the kind and
 * version it was read at, its length, and a 32-bit FNV-1a hash of it. Stored beside the text, it lets the next visit
 * read that text without checking it again: a thousand contacts took a phone about a fifth of a second to check, on
 * every visit. Not a guard against tampering (whoever can edit the storage can write a mark too), but text changed by
 * anything other than the site's own writes (by hand, another program, a write that never finished) no longer
 * matches its mark, but for a chance of one in four billion, and is checked as before.
 */
export function textMark(kind: string, version: number, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return `${kind}:${version}:${text.length}:${(hash >>> 0).toString(36)}`;
}
