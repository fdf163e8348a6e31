import type { ZodMiniType } from 'zod/mini';
import { fileHeader, type FileHeader } from '../app';
import { looksBinary } from '../looksBinary';
import { slugify } from '../slug';
import { BACKUP_FORMAT } from '../storage/backup';
import { ForbiddenKeyError, safeJsonParse } from '../storage/envelope';
import { dataIssuesFrom, type DataIssue } from '../storage/issues';
import { upgradeWorksheetV1 } from './spec';
import { isValidId } from '../shared/ids';
import { limits, type Worksheet } from './types';

/**
 * One worksheet as a file, to send to the other members or keep. Pure: no storage, no DOM.
 * Reading a file never throws: every problem comes back typed, for the UI to word.
 */
export const WORKSHEET_FORMAT = 'netvaerkskompasset-worksheet';
/** 2: members' quiz results and each member's own marks at a check-in. Files of version 1 are upgraded on import. */
export const WORKSHEET_FORMAT_VERSION = 2;
/** Files over this size are refused before they are read. */
export const MAX_WORKSHEET_FILE_BYTES = 2 * 1024 * 1024;

export interface WorksheetFile extends FileHeader<typeof WORKSHEET_FORMAT> {
  worksheet: Worksheet;
}

export const buildWorksheetFile = (worksheet: Worksheet, now: Date): WorksheetFile => ({
  ...fileHeader(WORKSHEET_FORMAT, WORKSHEET_FORMAT_VERSION, now),
  worksheet,
});

/** The file's text (indented, so it is readable and diffs well). */
export const serializeWorksheetFile = (file: WorksheetFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** A file name from the worksheet's name and the date: `gruppens-formaal-aalborg-2026-11-22.json`. */
export function worksheetFileName(worksheet: Pick<Worksheet, 'name'>, prefix: string, now: Date): string {
  const parts = [slugify(prefix), slugify(worksheet.name).slice(0, 40).replace(/-+$/, ''), now.toISOString().slice(0, 10)];
  return `${parts.filter(Boolean).join('-')}.json`;
}

export type WorksheetFileProblem =
  /** `limit` is `MAX_WORKSHEET_FILE_BYTES`, so the message can say both. */
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' }
  /** Not text: a picture, a PDF, a zip. */
  | { code: 'not-text' }
  /** Text that is not JSON, or JSON cut off (a download that stopped, an edit by hand). */
  | { code: 'not-json'; detail: string }
  | { code: 'forbidden-key'; key: string }
  /** JSON, but not a worksheet file; `is: 'backup'` when it is the "My data" export of everything. */
  | { code: 'not-worksheet-file'; is?: 'backup' }
  | { code: 'newer-format'; formatVersion: number }
  /**
   * The worksheet in the file breaks the schema: `fields` says what is wrong where, for the reader;
   * `issues` are zod's paths and messages, for developers (at most 20 of each).
   */
  | { code: 'invalid-worksheet'; fields: DataIssue[]; issues: { path: string; message: string }[] }
  /** The checks could not be loaded (offline before the page was fully cached). */
  | { code: 'no-checks' }
  /** Already `limits.worksheets` worksheets here: nothing more can be added. */
  | { code: 'too-many-worksheets'; limit: number }
  /** The worksheet's id is taken, and so is (or is unusable) the new id offered. */
  | { code: 'id-conflict'; id: string };

export type WorksheetFileParse =
  | {
      ok: true;
      file: WorksheetFile;
      /** The worksheet to add; its id is the file's, or `newId` when the file's id is taken here. */
      worksheet: Worksheet;
      /** The worksheet got `newId` because its own id was taken. */
      renamedId: boolean;
    }
  | { ok: false; problems: WorksheetFileProblem[] };

/** Check a file's size (e.g. `File.size`) before reading it. */
export function checkWorksheetFileSize(bytes: number): WorksheetFileProblem | null {
  if (bytes > MAX_WORKSHEET_FILE_BYTES) return { code: 'too-large', bytes, limit: MAX_WORKSHEET_FILE_BYTES };
  if (bytes === 0) return { code: 'empty' };
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const loadWorksheetSchema = (): Promise<ZodMiniType<Worksheet>> => import('./schema').then((m) => m.worksheetSchema);

export interface ParseWorksheetOptions {
  /** The ids of the worksheets already here. */
  existingIds: Iterable<string>;
  /** The id the worksheet gets if its own is taken (the caller makes it). */
  newId: string;
  /** Where the schema comes from; defaults to the dynamic import of `schema.ts`. */
  loadSchema?: () => Promise<ZodMiniType<Worksheet>>;
}

const fail = (...problems: WorksheetFileProblem[]): WorksheetFileParse => ({ ok: false, problems });

/**
 * Read a worksheet file's text: size first, then JSON (refusing prototype-polluting keys), the file's
 * shape, and the worksheet against the schema. Never throws, never overwrites: a worksheet whose id
 * is taken gets `newId`.
 */
export async function parseWorksheetFile(text: string, options: ParseWorksheetOptions): Promise<WorksheetFileParse> {
  // Every UTF-16 unit takes at least one byte, so a long string is too large without encoding it.
  if (typeof text !== 'string') return fail({ code: 'not-worksheet-file' });
  const bytes = text.length > MAX_WORKSHEET_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  const sizeProblem = checkWorksheetFileSize(bytes) ?? (text.trim() ? null : { code: 'empty' as const });
  if (sizeProblem) return fail(sizeProblem);

  let value: unknown;
  try {
    value = safeJsonParse(text);
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return fail({ code: 'forbidden-key', key: error.key });
    if (looksBinary(text)) return fail({ code: 'not-text' });
    return fail({ code: 'not-json', detail: error instanceof Error ? error.message : String(error) });
  }
  if (isRecord(value) && value.format === BACKUP_FORMAT) return fail({ code: 'not-worksheet-file', is: 'backup' });
  if (!isRecord(value) || value.format !== WORKSHEET_FORMAT || !isRecord(value.worksheet)) return fail({ code: 'not-worksheet-file' });
  const formatVersion = value.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
    return fail({ code: 'not-worksheet-file' });
  if (formatVersion > WORKSHEET_FORMAT_VERSION) return fail({ code: 'newer-format', formatVersion });

  let schema: ZodMiniType<Worksheet>;
  try {
    schema = await (options.loadSchema ?? loadWorksheetSchema)();
  } catch {
    return fail({ code: 'no-checks' });
  }
  const parsed = schema.safeParse(formatVersion < 2 ? upgradeWorksheetV1(value.worksheet) : value.worksheet);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join(' › '), message: i.message }));
    return fail({ code: 'invalid-worksheet', fields: dataIssuesFrom(parsed.error.issues).slice(0, 20), issues });
  }

  const existing = new Set(options.existingIds);
  if (existing.size >= limits.worksheets) return fail({ code: 'too-many-worksheets', limit: limits.worksheets });
  let worksheet = parsed.data;
  const renamedId = existing.has(worksheet.id);
  if (renamedId) {
    if (!isValidId(options.newId) || existing.has(options.newId)) return fail({ code: 'id-conflict', id: worksheet.id });
    worksheet = { ...worksheet, id: options.newId };
  }
  const file: WorksheetFile = {
    format: WORKSHEET_FORMAT,
    formatVersion,
    app: isRecord(value.app)
      ? { name: String(value.app.name ?? '').slice(0, 100), version: String(value.app.version ?? '').slice(0, 40) }
      : { name: '', version: '' },
    exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt.slice(0, limits.timestamp) : '',
    worksheet,
  };
  return { ok: true, file, worksheet, renamedId };
}
