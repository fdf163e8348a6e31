/**
 * What is wrong with imported data, as codes the UI can word in the reader's language. Zod's issues
 * carry English messages and schema paths (`people › p1 › name`); those are for developers. Pure.
 */
export type DataIssue =
  /** A list or a record holds more entries than it may (`field` names the list). */
  | { code: 'too-many'; field: string[]; limit: number }
  /** A text is longer than it may be, in characters. */
  | { code: 'too-long'; field: string[]; limit: number }
  /** A text that must be filled in is empty. */
  | { code: 'empty'; field: string[] }
  /** Anything else: missing, of the wrong kind, or not one of the allowed values. */
  | { code: 'invalid'; field: string[] };

/** The parts of a zod issue read here (zod's own type is wider; this keeps the module free of zod). */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly origin?: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
  readonly params?: Record<string, unknown>;
}

/**
 * Params for a schema's own limit check (a `z.refine` on a record's size), so it is read as
 * `too-many` with its limit rather than as an English message.
 */
export const tooManyParams = (limit: number) => ({ params: { tooMany: limit } });

const LISTS = new Set(['array', 'set', 'map', 'record']);

/** The field: the issue's path without list positions (`checkIns.0.date` is `checkIns.date`). */
const fieldOf = (path: readonly PropertyKey[]): string[] => path.filter((p): p is string => typeof p === 'string');

function toDataIssue(issue: SchemaIssue): DataIssue {
  const field = fieldOf(issue.path);
  const max = Number(issue.maximum);
  if (issue.code === 'too_big' && Number.isFinite(max)) {
    if (issue.origin === 'string') return { code: 'too-long', field, limit: max };
    if (LISTS.has(issue.origin ?? '')) return { code: 'too-many', field, limit: max };
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return { code: 'empty', field };
  const tooMany = issue.params?.tooMany;
  if (issue.code === 'custom' && typeof tooMany === 'number') return { code: 'too-many', field, limit: tooMany };
  return { code: 'invalid', field };
}

/** Zod's issues as data issues, each one once, in the order found. */
export function dataIssuesFrom(issues: readonly SchemaIssue[]): DataIssue[] {
  const seen = new Set<string>();
  const out: DataIssue[] = [];
  for (const issue of issues) {
    const d = toDataIssue(issue);
    const key = JSON.stringify(d);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
