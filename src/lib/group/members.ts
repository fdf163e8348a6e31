import { decodeShareCode, encodeShareCode, SHARE_MAX_ITEMS, shareCodeFromText } from '../quiz/public';
import { limits, type MemberResult } from './types';

/**
 * Members' quiz results on a worksheet: the lines a chair pastes (one share link per line, with an
 * optional name or initials before or after it), which of them can be added, and why the others cannot.
 * Pure: no storage, no DOM.
 */

/** A share code as we store it: valid, and written the one way `encodeShareCode` writes it. */
export function isShareCode(code: string): boolean {
  if (typeof code !== 'string' || code.length > limits.shareCode) return false;
  const decoded = decodeShareCode(code, SHARE_MAX_ITEMS);
  return decoded.ok && encodeShareCode(decoded.scores) === code;
}

/**
 * Why a pasted line was not used:
 * - not-a-link: no result link or code in it;
 * - out-of-range: a code whose scores cannot come from the quiz;
 * - empty: a code with no points at all;
 * - duplicate: the same result (and name) is already on the worksheet, or earlier in the paste;
 * - over-limit: the worksheet already holds `limits.memberResults` results.
 */
export const unusedReasons = ['not-a-link', 'out-of-range', 'empty', 'duplicate', 'over-limit'] as const;
export type UnusedReason = (typeof unusedReasons)[number];

/** A pasted line is shown back cut to this length. */
const ECHO_LENGTH = 80;

export interface PastePlan {
  /** The results to add, in pasted order, with the line (1-based, blank lines counted) each came from. */
  add: { line: number; name: string; code: string }[];
  /** Every non-blank line that will not be added, and why. */
  unused: { line: number; text: string; reason: UnusedReason }[];
  counts: Record<UnusedReason, number>;
  /** The most results one worksheet holds. */
  limit: number;
}

type LineRead = { ok: true; name: string; code: string } | { ok: false; reason: 'not-a-link' | 'out-of-range' | 'empty' };

const looksLikeCode = (token: string) => /^v\d+-/i.test(token);
const trimPunctuation = (s: string) => s.replace(/^[\s:;,.–—-]+|[\s:;,.–—-]+$/g, '');

/** Read one pasted line: a share link or bare code, and any other words on the line as the member's name. Never throws. */
export function readResultLine(text: string): LineRead {
  const tokens = String(text).trim().split(/\s+/).filter(Boolean);
  const at = tokens.findIndex((t) => looksLikeCode(trimPunctuation(shareCodeFromText(t))));
  if (at < 0) return { ok: false, reason: 'not-a-link' };
  const code = trimPunctuation(shareCodeFromText(tokens[at]!));
  const decoded = decodeShareCode(code, SHARE_MAX_ITEMS);
  if (!decoded.ok)
    return { ok: false, reason: decoded.reason === 'format' ? 'not-a-link' : decoded.reason === 'range' ? 'out-of-range' : 'empty' };
  const name = trimPunctuation(tokens.filter((_, i) => i !== at).join(' '))
    .slice(0, limits.voterName)
    .trim();
  return { ok: true, name, code: encodeShareCode(decoded.scores) };
}

/** Two results are the same member when the code and the name (case and spacing ignored) are the same. */
export const resultKey = (r: { name: string; code: string }) => `${r.code}|${r.name.trim().toLowerCase().replace(/\s+/g, ' ')}`;

/** What adding the pasted text to these stored results would do. */
export function planPastedResults(pasted: string, existing: readonly MemberResult[], limit: number = limits.memberResults): PastePlan {
  const add: PastePlan['add'] = [];
  const unused: PastePlan['unused'] = [];
  const counts = Object.fromEntries(unusedReasons.map((r) => [r, 0])) as Record<UnusedReason, number>;
  const seen = new Set(existing.map(resultKey));
  const rows = typeof pasted === 'string' ? pasted.split(/\r\n|\r|\n/) : [];
  rows.forEach((raw, i) => {
    const text = raw.trim();
    if (!text) return;
    const read = readResultLine(text);
    let reason: UnusedReason | null = read.ok ? null : read.reason;
    if (read.ok) {
      const key = resultKey(read);
      if (seen.has(key)) reason = 'duplicate';
      else if (existing.length + add.length >= limit) reason = 'over-limit';
      else {
        seen.add(key);
        add.push({ line: i + 1, name: read.name, code: read.code });
      }
    }
    if (reason) {
      counts[reason] += 1;
      unused.push({ line: i + 1, text: text.slice(0, ECHO_LENGTH), reason });
    }
  });
  return { add, unused, counts, limit };
}
