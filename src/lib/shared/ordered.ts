/**
 * Ordered records: what the group worksheets and the contact map both keep, a record of items by id
 * plus a list of ids that says their order. The zod check for it is in `orderSchema.ts` (loaded only with
 * the schemas, so zod stays out of the page's first-load JS).
 */

/** The value under `key`, never something inherited from `Object.prototype`. */
export const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The items in list order (ids without an item are skipped). */
export const inOrder = <T>(record: Record<string, T>, order: readonly string[]): T[] =>
  order.map((id) => own(record, id)).filter((x): x is T => x !== undefined);

/** The order lists every key of the record exactly once, and nothing else. */
export function ordersEveryKeyOnce(record: Record<string, unknown>, order: readonly string[]): boolean {
  const listed = new Set(order);
  const keys = Object.keys(record);
  return listed.size === order.length && keys.length === listed.size && keys.every((k) => listed.has(k));
}
