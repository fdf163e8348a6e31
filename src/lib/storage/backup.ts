import { fileHeader, type FileHeader } from '../app';
import { ForbiddenKeyError, safeJsonParse } from './envelope';

/**
 * The export file: everything the reader has stored, with the app's version and each kind's schema
 * version, so a later version of the site can read it. Pure: no storage, no DOM.
 */
export const BACKUP_FORMAT = 'netvaerkskompasset-backup';
/**
 * 2: the contact map's imported people have their own store, `addressBook`. A version-1 file still
 * loads; the contact map moves the unrated imports in it to the address book (see
 * `src/lib/contacts/addressBook/split.ts`).
 */
export const BACKUP_FORMAT_VERSION = 2;
/**
 * Files over this size are refused before they are read. An address book of 30,000 LinkedIn
 * connections is about 4 MB in the export file (indented); this leaves room for it and the rest.
 */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export interface BackupEntry {
  version: number;
  savedAt: string;
  data: unknown;
}

export interface BackupFile extends FileHeader<typeof BACKUP_FORMAT> {
  stores: Record<string, BackupEntry>;
}

export const buildBackup = (stores: Record<string, BackupEntry>, now: Date): BackupFile => ({
  ...fileHeader(BACKUP_FORMAT, BACKUP_FORMAT_VERSION, now),
  stores,
});

export type BackupProblem =
  /** `limit` is `MAX_IMPORT_BYTES`, so the message can say both. */
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' }
  | { code: 'not-json'; detail: string }
  | { code: 'forbidden-key'; key: string }
  | { code: 'not-backup' }
  | { code: 'newer-format'; formatVersion: number }
  | { code: 'entry'; kind: string; field: string };

export type BackupParse = { ok: true; file: BackupFile; unknownKinds: string[] } | { ok: false; problems: BackupProblem[] };

/** Check the size before reading anything. */
export function checkImportSize(bytes: number): BackupProblem | null {
  if (bytes > MAX_IMPORT_BYTES) return { code: 'too-large', bytes, limit: MAX_IMPORT_BYTES };
  if (bytes === 0) return { code: 'empty' };
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Read an export file's text. Never throws; every problem is reported, per field where it can be. */
export function parseBackupText(text: string, knownKinds: readonly string[]): BackupParse {
  const sizeProblem = checkImportSize(new TextEncoder().encode(text).length);
  if (sizeProblem) return { ok: false, problems: [sizeProblem] };
  let value: unknown;
  try {
    value = safeJsonParse(text);
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return { ok: false, problems: [{ code: 'forbidden-key', key: error.key }] };
    return { ok: false, problems: [{ code: 'not-json', detail: (error as Error).message }] };
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT || !isRecord(value.stores)) {
    return { ok: false, problems: [{ code: 'not-backup' }] };
  }
  if (typeof value.formatVersion !== 'number' || value.formatVersion > BACKUP_FORMAT_VERSION) {
    return { ok: false, problems: [{ code: 'newer-format', formatVersion: Number(value.formatVersion) }] };
  }
  const problems: BackupProblem[] = [];
  const stores: Record<string, BackupEntry> = {};
  const unknownKinds: string[] = [];
  for (const [kind, entry] of Object.entries(value.stores)) {
    if (!knownKinds.includes(kind)) {
      unknownKinds.push(kind);
      continue;
    }
    if (!isRecord(entry)) {
      problems.push({ code: 'entry', kind, field: '' });
      continue;
    }
    if (typeof entry.version !== 'number' || !Number.isInteger(entry.version) || entry.version < 1)
      problems.push({ code: 'entry', kind, field: 'version' });
    if (typeof entry.savedAt !== 'string' || entry.savedAt.length > 40) problems.push({ code: 'entry', kind, field: 'savedAt' });
    if (!('data' in entry)) problems.push({ code: 'entry', kind, field: 'data' });
    stores[kind] = { version: entry.version as number, savedAt: entry.savedAt as string, data: entry.data };
  }
  if (problems.length) return { ok: false, problems };
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: value.formatVersion,
    app: isRecord(value.app) ? { name: String(value.app.name ?? ''), version: String(value.app.version ?? '') } : { name: '', version: '' },
    exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt : '',
    stores,
  };
  return { ok: true, file, unknownKinds };
}

/**
 * Whether to remind the reader to export: answers changed since an export that is over 14 days old,
 * or answers exist and were never exported at all.
 */
export function needsExportReminder(lastExportAt: string | undefined, lastChangeAt: string | undefined, now: Date, days = 14): boolean {
  if (!lastChangeAt) return false;
  if (!lastExportAt) return true;
  if (lastChangeAt <= lastExportAt) return false;
  return now.getTime() - new Date(lastExportAt).getTime() > days * 24 * 60 * 60 * 1000;
}
