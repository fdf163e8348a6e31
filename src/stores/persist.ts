import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom, computed, type ReadableAtom } from 'nanostores';
import type { ZodMiniType, core } from 'zod/mini';
import {
  decodeEnvelope,
  decodeMarked,
  encodeEnvelope,
  upgrade,
  type Decoded,
  type DocSpec,
  type UpgradeResult,
} from '../lib/storage/envelope';
import { nextTask } from '../lib/shared/nextTask';
import { textMark } from '../lib/storage/textMark';
import { browserStorage, createGuardedStorage, type GuardedStorage } from './guarded-storage';
import { stopWaiting, writeSoon } from './writeSoon';

/**
 * The storage layer every exercise uses (DESIGN.md traps 1–6). Each exercise defines a `DocSpec`
 * (kind, version, zod schema, migrations) and gets a `PersistentDoc`: stores to read and actions to
 * change it. Only `guarded-storage.ts` touches the browser's storage.
 */
export const STORAGE_PREFIX = 'netvaerkskompasset:';
export const keyOf = (kind: string) => `${STORAGE_PREFIX}${kind}`;
export const backupKeyOf = (kind: string) => `${STORAGE_PREFIX}${kind}:corrupt`;
/** Where the mark of the stored text this site checked or wrote is kept (`textMark`). */
export const checkedKeyOf = (kind: string) => `${STORAGE_PREFIX}${kind}:checked`;

const inBrowser = typeof window !== 'undefined';

/** The storage for this page: the browser's storage behind the fault guard (memory on the server). */
export const storage: GuardedStorage = createGuardedStorage(browserStorage);
if (inBrowser) setPersistentEngine(storage.engine, windowPersistentEvents);

/** What the reader should be told about one exercise's saved state. */
export interface DocStatus {
  /**
   * empty: nothing saved yet; saved: in this browser since `savedAt`;
   * unsaved: the last change could not be written (storage full) and lives on screen only;
   * memory: storage is blocked, nothing is kept after this visit;
   * readonly: a newer version of the site saved this; reload to get it;
   * checking: stored data is being validated (a moment after the page loads).
   */
  save: 'empty' | 'saved' | 'unsaved' | 'memory' | 'readonly' | 'checking';
  savedAt?: string;
  /** Stored data could not be read; the raw value is kept under the backup key until dismissed. */
  recovered: boolean;
}

export interface PersistentDoc<T> {
  readonly spec: DocSpec<T>;
  readonly key: string;
  /** The decoded stored value, including why it could not be used. */
  readonly $doc: ReadableAtom<Decoded<T>>;
  /** The data to show: what is stored, or a fresh start. */
  readonly $data: ReadableAtom<T>;
  readonly $status: ReadableAtom<DocStatus>;
  /** Change the data. Reads the latest stored value first, so another tab's edits are kept. */
  update(change: (data: T) => T): boolean;
  /** Replace all data (import). */
  replace(data: T): boolean;
  /** Delete what is stored. */
  clear(): void;
  /** The unreadable value that was set aside, to offer as a download. */
  corruptBackup(): string | undefined;
  /** Forget the unreadable value. */
  dismissBackup(): void;
  /**
   * Writes the change on screen now rather than a task later (`writeSoon.ts`), for a caller that must know whether it
   * fitted: false when the browser's storage could not hold it.
   */
  flush(): boolean;
  /** Resolves once the schema is loaded and the stored data has been checked. */
  readonly ready: Promise<void>;
  /** Validate data against this kind's schema (for imports), migrating from `version`. */
  check(version: number, data: unknown, errorMap?: core.$ZodErrorMap): Promise<UpgradeResult<T>>;
}

/** The status the server renders and an island shows until the stored data has been checked. */
export const CHECKING_STATUS: DocStatus = { save: 'checking', recovered: false };

let persistRequested = false;
/** Ask the browser not to evict our data (DESIGN.md trap 5), once, on the first real save. */
function requestPersistence() {
  if (persistRequested || !inBrowser) return;
  persistRequested = true;
  try {
    void navigator.storage?.persist?.().catch(() => undefined);
  } catch {
    // not offered: the export file remains the backup
  }
}

/** Read with the schema at the current version, so its own text is what the site would write. */
const isChecked = <T>(d: Decoded<T>) => d.status === 'ok' && d.migratedFrom === undefined;

const registry = new Map<string, PersistentDoc<unknown>>();

export function persistentDoc<T>(spec: DocSpec<T>, store: GuardedStorage = storage): PersistentDoc<T> {
  const existing = registry.get(spec.kind);
  if (existing) return existing as PersistentDoc<T>;

  const key = keyOf(spec.kind);
  const backupKey = backupKeyOf(spec.kind);
  const checkedKey = checkedKeyOf(spec.kind);
  const $backup = atom<string | undefined>(store.read(backupKey));
  let schema: ZodMiniType<T> | undefined;

  /*
   * The last stored text and what it decoded to. Every edit re-reads storage (another tab may have
   * written); when the text is still what this tab wrote or read last, it is not parsed and validated
   * again. At 1,000 contacts that is 25 ms saved on every edit.
   */
  let memo: { raw: string; schema: ZodMiniType<T> | undefined; decoded: Decoded<T> } | undefined;
  /*
   * The same across visits: the mark of the text this site last checked or wrote (`textMark`), kept beside it. Text
   * that still matches its mark is read without the schema, at once; any other text is checked as before.
   */
  const markChecked = (raw: string) => void store.write(checkedKey, textMark(spec.kind, spec.version, raw));
  const readMarked = (raw: string) => (store.read(checkedKey) === textMark(spec.kind, spec.version, raw) ? decodeMarked(raw, spec) : null);
  /**
   * Keep what `raw` decoded to, set an unreadable value aside, and mark text the schema has just passed (`fromMark`:
   * it was read by its mark, which stands).
   */
  const remember = (raw: string | undefined, decoded: Decoded<T>, fromMark = false): Decoded<T> => {
    if (decoded.status === 'corrupt' && store.read(backupKey) !== decoded.raw) {
      store.write(backupKey, decoded.raw);
      $backup.set(decoded.raw);
    }
    if (raw !== undefined && !fromMark && isChecked(decoded)) markChecked(raw);
    memo = raw === undefined ? undefined : { raw, schema, decoded };
    return decoded;
  };
  const decode = (raw: string | undefined): Decoded<T> => {
    // Data that was read as good stays good whether or not the schema has loaded since.
    if (raw !== undefined && memo && memo.raw === raw && (memo.schema === schema || memo.decoded.status === 'ok')) return memo.decoded;
    const marked = raw === undefined ? null : readMarked(raw);
    if (marked) return remember(raw, marked, true);
    return remember(raw, decodeEnvelope(raw, spec, schema));
  };
  /** Set while a change is put on screen before it is written (`write`): the stored text stays as it is meanwhile. */
  let onScreenOnly = false;
  const encode = (d: Decoded<T>): string | undefined => {
    if (onScreenOnly) return memo?.raw;
    if (d.status !== 'ok') {
      if (d.status !== 'empty') return d.raw;
      store.remove(checkedKey);
      return undefined;
    }
    // What was just read and checked, unchanged (the schema arriving): its own text, not 300 KB written out again.
    if (memo && memo.decoded === d && d.migratedFrom === undefined) return memo.raw;
    const raw = encodeEnvelope(spec, d.data, d.savedAt);
    // Only data that passed the schema (or was built from such data by a transition) is written, and marked so.
    memo = { raw, schema, decoded: d };
    markChecked(raw);
    return raw;
  };
  const $doc = persistentAtom<Decoded<T>>(
    key,
    { status: 'empty' },
    {
      // Only good data is ever written; anything else stays exactly as it was stored.
      encode: encode as (d: Decoded<T>) => string,
      decode,
    },
  );

  /**
   * A kind with slicing loads it, and the code that uses it (a chunk of its own), beside its schema. Without them the
   * data is checked in one piece, as for every other kind.
   */
  const loadSlicing = async () => {
    if (!spec.loadSlicing) return undefined;
    const [slicing, code] = await Promise.all([spec.loadSlicing(), import('../lib/storage/sliced')]);
    return { slicing, decodeInSlices: code.decodeInSlices };
  };
  // Asked for in the next task: every import started here lengthened the task that evaluates the island's code.
  const ready: Promise<void> = (inBrowser ? nextTask() : Promise.resolve())
    .then(() => Promise.all([spec.loadSchema(), loadSlicing().catch(() => undefined)]))
    .then(
      async ([loaded, sliced]) => {
        schema = loaded;
        const current = $doc.get();
        if (current.status === 'checking' && sliced && store.read(key) === current.raw) {
          // What was read before the schema came, checked a slice at a time: a thousand people never block the page.
          const decoded = await sliced.decodeInSlices(current.raw, spec, loaded, sliced.slicing);
          // Meanwhile another tab may have written, and its value been read and checked: that one stands.
          if ($doc.get() === current) $doc.set(remember(current.raw, decoded));
        } else if (current.status === 'checking' || current.status === 'empty') {
          const fresh = decode(store.read(key));
          // Set only what changed: a migrated value is written back in the new version.
          if (fresh.status !== current.status) $doc.set(fresh);
        }
      },
      () => {
        // The schema could not load (offline before the first visit cached it): keep data untouched, read-only.
        const current = $doc.get();
        if (current.status === 'checking') $doc.set({ status: 'newer', raw: current.raw, version: spec.version });
      },
    );

  const $data = computed($doc, (d) => (d.status === 'ok' ? d.data : spec.empty()));
  const $status = computed([$doc, store.$faults, $backup], (d, faults, backup): DocStatus => {
    const recovered = backup !== undefined;
    if (d.status === 'newer') return { save: 'readonly', recovered };
    if (d.status === 'checking') return { save: 'checking', recovered };
    if (faults['*'] === 'blocked' || faults[key] === 'blocked') return { save: 'memory', recovered };
    if (faults[key] === 'quota') return { save: 'unsaved', recovered };
    if (d.status === 'ok') return { save: 'saved', savedAt: d.savedAt, recovered };
    return { save: 'empty', recovered };
  });

  /** Data this tab must not overwrite: from a newer version of the site, or not yet checked. */
  const untouchable = (d: Decoded<T>) => d.status === 'newer' || d.status === 'checking';
  /** What a change applies to: the latest stored data, else what is on screen, else a fresh start. */
  const baseOf = (latest: Decoded<T>, current: Decoded<T>): T =>
    latest.status === 'ok' ? latest.data : current.status === 'ok' ? current.data : spec.empty();
  /** What `write` put on screen, and the changes that made it, not yet written. */
  let shown: Decoded<T> | undefined;
  let queued: ((data: T) => T)[] = [];
  /** Writes the changes on screen to storage, through `encode` (setting the same value again notifies no one). */
  const writeNow = () => {
    const changes = queued;
    queued = [];
    const current = $doc.get();
    const stored = store.read(key);
    if (current === shown && stored === memo?.raw) return $doc.set(current);
    // Another tab wrote since (its text may be on screen already): the changes go onto it, as `update` does.
    const latest = decode(stored);
    if (untouchable(latest)) return $doc.set(latest);
    const data = changes.reduce((d, change) => change(d), baseOf(latest, current));
    $doc.set({ status: 'ok', data, savedAt: new Date().toISOString() });
  };
  function write(data: T, change: (data: T) => T = () => data): boolean {
    queued.push(change);
    onScreenOnly = true;
    try {
      $doc.set({ status: 'ok', data, savedAt: new Date().toISOString() });
    } finally {
      onScreenOnly = false;
    }
    shown = $doc.get();
    writeSoon(writeNow);
    requestPersistence();
    return true;
  }

  const doc: PersistentDoc<T> = {
    spec,
    key,
    $doc,
    $data,
    $status,
    ready,
    update(change) {
      const current = $doc.get();
      // Never overwrite data we have not been able to check or do not understand.
      if (untouchable(current)) return false;
      // This tab's own change first, so that the latest stored text is compared with what it wrote.
      if (stopWaiting(writeNow)) writeNow();
      const latest = decode(store.read(key));
      if (untouchable(latest)) {
        // Another tab wrote something newer, or something unmarked before the schema has loaded here: not overwritten.
        $doc.set(latest);
        return false;
      }
      return write(change(baseOf(latest, current)), change);
    },
    replace(data) {
      if (untouchable($doc.get())) return false;
      return write(data);
    },
    flush() {
      if (stopWaiting(writeNow)) writeNow();
      return store.$faults.get()[key] !== 'quota';
    },
    clear() {
      stopWaiting(writeNow);
      queued = [];
      $doc.set({ status: 'empty' });
    },
    corruptBackup: () => $backup.get(),
    dismissBackup() {
      store.remove(backupKey);
      $backup.set(undefined);
    },
    async check(version, data, errorMap) {
      if (version > spec.version) return { ok: false, reason: `version ${version} is newer than this site knows (${spec.version})` };
      const [schema, { withProblems }] = await Promise.all([spec.loadSchema(), import('../lib/storage/check')]);
      return withProblems(upgrade(spec, schema, version, data, errorMap));
    },
  };
  registry.set(spec.kind, doc as PersistentDoc<unknown>);
  return doc;
}
