/** Ids are short and plain, so they are safe as object keys and in URLs. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Keys that `safeJsonParse` refuses: a stored object keyed by one of them could never be read back. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
export const isValidId = (id: string): boolean => ID_PATTERN.test(id) && !RESERVED_IDS.has(id);

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The text limits every exercise shares: ids made by the caller (e.g. `crypto.randomUUID()`), ISO
 * timestamps, and names (of a worksheet, a member, a person).
 */
export const sharedLimits = {
  id: 64,
  timestamp: 40,
  name: 120,
} as const;
