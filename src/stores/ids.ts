/**
 * A plain id that is safe as an object key (letters, digits, hyphens). In a module of its own, so an
 * exercise that needs ids does not load another exercise's store (and its schema) to get them.
 */
export const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
