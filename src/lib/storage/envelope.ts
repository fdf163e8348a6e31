import type { ZodMiniType, core } from 'zod/mini';
import type { DataIssue } from './issues';

/**
 * Every value we store is an envelope: what it is, which schema version wrote it, when, and the data.
 * This module is pure: it turns stored strings into checked data and back, and never touches storage.
 */
export interface Envelope<T = unknown> {
  kind: string;
  version: number;
  savedAt: string;
  data: T;
}

/** What one kind of stored data is, and how to read older versions of it. */
export interface DocSpec<T> {
  /** Storage kind and key suffix, e.g. `quiz`. */
  kind: string;
  /** The schema version this code writes. Bump it and add a migration when the shape changes. */
  version: number;
  /**
   * Loads the zod schema that validates data of the current version (with its size limits).
   * A dynamic import, so validation code is not part of the page's first-load JavaScript.
   */
  loadSchema(): Promise<ZodMiniType<T>>;
  /** For data that holds one large record (a map's people): how a first load checks it a slice at a time. */
  loadSlicing?(): Promise<Slicing>;
  /** `migrations[n]` turns version-n data into version n+1 data. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** The data of a fresh start. */
  empty(): T;
  /** How many records the data holds (answers, people, worksheets), for the "My data" page. */
  count(data: T): number;
  /** Combine imported data with what is here; default: the imported data replaces it. */
  merge?(current: T, incoming: T): T;
}

/**
 * The schema of data holding one large keyed record, in two parts: `shell` is the whole schema with each of the record's
 * entries taken as it is (the contact map checks only that each is an object with an id), `entry` checks one entry.
 * Together they must accept exactly what the whole schema accepts, and give the same data.
 */
export interface Slicing {
  /** The field that holds the record. */
  key: string;
  shell: ZodMiniType<Record<string, unknown>>;
  entry: ZodMiniType<unknown>;
}

export type Decoded<T> =
  | { status: 'empty' }
  | { status: 'ok'; data: T; savedAt: string; migratedFrom?: number }
  /** A well-formed envelope whose data waits for the schema to load before it is used. */
  | { status: 'checking'; raw: string }
  /** Not JSON, not an envelope, or data that fails validation or migration. */
  | { status: 'corrupt'; raw: string; reason: string }
  /** Written by a newer version of the site than this one. */
  | { status: 'newer'; raw: string; version: number };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * A forbidden key can only come from text that spells one of them out, or writes letters as `\u` escapes (JSON's other
 * escapes stand for quotes, slashes and control characters). Text without either cannot hold one.
 */
const MAY_HOLD_FORBIDDEN_KEY = /__proto__|constructor|prototype|\\u/;

const refuseForbiddenKeys = (key: string, value: unknown): unknown => {
  if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
  return value;
};

/**
 * JSON.parse that refuses the keys used for prototype pollution. The check runs on every key and value, and costs
 * several times the parse itself, so text that cannot hold such a key is parsed without it.
 */
export function safeJsonParse(text: string): unknown {
  return MAY_HOLD_FORBIDDEN_KEY.test(text) ? JSON.parse(text, refuseForbiddenKeys) : JSON.parse(text);
}

export class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`forbidden key "${key}"`);
  }
}

function isEnvelopeShape(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kind === 'string' &&
    typeof v.version === 'number' &&
    Number.isInteger(v.version) &&
    v.version >= 1 &&
    typeof v.savedAt === 'string' &&
    'data' in v
  );
}

/**
 * Data brought up to date and checked, or why not: `reason` and `issues` (zod's paths and messages) are
 * for developers; `problems` is what the reader is told, worded by the UI, made from the schema's `failures` by
 * `withProblems` (`check.ts`: a chunk loaded only to check a file, not by every page that reads its stored data).
 */
export type UpgradeResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      reason: string;
      issues?: { path: string; message: string }[];
      failures?: readonly core.$ZodIssue[];
      problems?: DataIssue[];
    };

/** Bring data of `fromVersion` up to the spec's version, unchecked. */
export function migrate<T>(
  spec: DocSpec<T>,
  fromVersion: number,
  data: unknown,
): { ok: true; data: unknown } | { ok: false; reason: string } {
  let current = data;
  for (let v = fromVersion; v < spec.version; v++) {
    const step = spec.migrations?.[v];
    if (!step) return { ok: false, reason: `no migration from version ${v}` };
    try {
      current = step(current);
    } catch (error) {
      return { ok: false, reason: `migration from version ${v} failed: ${(error as Error).message}` };
    }
  }
  return { ok: true, data: current };
}

/** Bring data of `fromVersion` up to the spec's version and validate it. */
export function upgrade<T>(
  spec: DocSpec<T>,
  schema: ZodMiniType<T>,
  fromVersion: number,
  data: unknown,
  errorMap?: core.$ZodErrorMap,
): UpgradeResult<T> {
  const migrated = migrate(spec, fromVersion, data);
  if (!migrated.ok) return migrated;
  const parsed = errorMap ? schema.safeParse(migrated.data, { error: errorMap }) : schema.safeParse(migrated.data);
  if (!parsed.success) {
    const failures = parsed.error.issues;
    const issues = failures.slice(0, 20).map((i) => ({ path: i.path.map(String).join(' › '), message: i.message }));
    const first = issues[0];
    return { ok: false, reason: `invalid data at ${first?.path || '(root)'}: ${first?.message}`, issues, failures };
  }
  return { ok: true, data: parsed.data };
}

/**
 * Per kind, the text last read before its schema had loaded and what it parsed to: the first read with the schema,
 * of the same text, takes the parsed value instead of parsing it again (a thousand contacts are 300 KB of JSON).
 */
const parsedWhileChecking = new Map<string, { raw: string; value: unknown }>();

/** The envelope in a stored string of this kind and version or older, or what to make of a string without one. */
export function openEnvelope<T>(raw: string, spec: DocSpec<T>): { ok: true; envelope: Envelope } | { ok: false; decoded: Decoded<T> } {
  const early = parsedWhileChecking.get(spec.kind);
  parsedWhileChecking.delete(spec.kind);
  let value: unknown;
  if (early?.raw === raw) value = early.value;
  else
    try {
      value = safeJsonParse(raw);
    } catch (error) {
      return { ok: false, decoded: { status: 'corrupt', raw, reason: `not readable: ${(error as Error).message}` } };
    }
  if (!isEnvelopeShape(value) || value.kind !== spec.kind) {
    return { ok: false, decoded: { status: 'corrupt', raw, reason: 'not a stored exercise' } };
  }
  if (value.version > spec.version) return { ok: false, decoded: { status: 'newer', raw, version: value.version } };
  return { ok: true, envelope: value };
}

/** Checked data read from `envelope`, saying which version it was migrated from. */
export function decodedFrom<T>(envelope: Envelope, spec: DocSpec<T>, data: T): Decoded<T> {
  return envelope.version < spec.version
    ? { status: 'ok', data, savedAt: envelope.savedAt, migratedFrom: envelope.version }
    : { status: 'ok', data, savedAt: envelope.savedAt };
}

/**
 * Data from a stored string this site checked or wrote itself (its mark says so, see `textMark`): the envelope opened
 * and its data taken as it is, without the schema. Null when the string is not an envelope of this kind at the
 * current version; the caller then reads it the ordinary way.
 */
export function decodeMarked<T>(raw: string, spec: DocSpec<T>): Decoded<T> | null {
  const opened = openEnvelope(raw, spec);
  if (!opened.ok || opened.envelope.version !== spec.version) return null;
  return decodedFrom(opened.envelope, spec, opened.envelope.data as T);
}

/** Read a stored string. Never throws. Without a schema, well-formed data is only marked `checking`. */
export function decodeEnvelope<T>(raw: string | null | undefined, spec: DocSpec<T>, schema: ZodMiniType<T> | undefined): Decoded<T> {
  if (raw === null || raw === undefined) return { status: 'empty' };
  const opened = openEnvelope(raw, spec);
  if (!opened.ok) return opened.decoded;
  const { envelope } = opened;
  if (!schema) {
    parsedWhileChecking.set(spec.kind, { raw, value: envelope });
    return { status: 'checking', raw };
  }
  const result = upgrade(spec, schema, envelope.version, envelope.data);
  if (!result.ok) return { status: 'corrupt', raw, reason: result.reason };
  return decodedFrom(envelope, spec, result.data);
}

export function encodeEnvelope<T>(spec: DocSpec<T>, data: T, savedAt: string): string {
  const envelope: Envelope<T> = { kind: spec.kind, version: spec.version, savedAt, data };
  return JSON.stringify(envelope);
}
