import { purposes, type Purpose } from '../shared/purposes';
import type { Scores } from './scoring';

/**
 * A share code carries only the four scores, never answers, names or free text:
 * `v1-c3-a5-i2-l4` (community 3, access 5, influence 2, learning 4). It lives in the URL fragment,
 * which browsers never send to a server.
 */
const letters: Record<Purpose, string> = { community: 'c', access: 'a', influence: 'i', learning: 'l' };
const pattern = /^v1-c(\d{1,2})-a(\d{1,2})-i(\d{1,2})-l(\d{1,2})$/;

export function encodeShareCode(scores: Scores): string {
  return `v1-${purposes.map((p) => `${letters[p]}${scores[p]}`).join('-')}`;
}

export type ShareDecode = { ok: true; scores: Scores } | { ok: false; reason: 'format' | 'range' | 'empty' };

/** Read a share code (with or without `#`). `maxItems` bounds each score and their sum. */
export function decodeShareCode(input: string, maxItems: number): ShareDecode {
  const code = input.trim().replace(/^#/, '');
  const m = pattern.exec(code);
  if (!m) return { ok: false, reason: 'format' };
  const [c, a, i, l] = m.slice(1).map(Number) as [number, number, number, number];
  const scores: Scores = { community: c, access: a, influence: i, learning: l };
  const total = c + a + i + l;
  if ([c, a, i, l].some((n) => n > maxItems) || total > maxItems) return { ok: false, reason: 'range' };
  if (total === 0) return { ok: false, reason: 'empty' };
  return { ok: true, scores };
}

/** The share code inside a pasted link or code, e.g. `https://…/oevelser/hvad-vil-du/#v1-c3-a5-i2-l4`. */
export function shareCodeFromText(text: string): string {
  const hash = text.indexOf('#');
  return hash >= 0 ? text.slice(hash + 1) : text;
}
