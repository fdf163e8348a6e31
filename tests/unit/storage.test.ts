import { setPersistentEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { decodeEnvelope, encodeEnvelope, ForbiddenKeyError, safeJsonParse, type DocSpec } from '../../src/lib/storage/envelope';
import { createGuardedStorage, type GuardedStorage } from '../../src/stores/guarded-storage';
import { textMark } from '../../src/lib/storage/textMark';
import { backupKeyOf, checkedKeyOf, keyOf, persistentDoc, type PersistentDoc } from '../../src/stores/persist';
import { flushWrites } from '../../src/stores/writeSoon';
import { createTestEvents, FakeStorage } from './fake-storage';

interface Notes {
  items: Record<string, string>;
}
let kindCounter = 0;
const notesSchema = z.object({ items: z.record(z.string().check(z.maxLength(20)), z.string().check(z.maxLength(100))) });
const makeSpec = (overrides: Partial<DocSpec<Notes>> = {}): DocSpec<Notes> => ({
  kind: `notes${++kindCounter}`,
  version: 2,
  loadSchema: () => Promise.resolve(notesSchema),
  migrations: { 1: (old) => ({ items: (old as { list: string[] }).list.reduce((acc, s, i) => ({ ...acc, [`n${i}`]: s }), {}) }) },
  empty: () => ({ items: {} }),
  count: (d) => Object.keys(d.items).length,
  ...overrides,
});
const envelope = (kind: string, version: number, data: unknown) =>
  JSON.stringify({ kind, version, savedAt: '2026-11-01T10:00:00.000Z', data });

describe('safeJsonParse', () => {
  it('refuses a forbidden key however the text spells it', () => {
    const texts = [
      '{"a":{"__proto__":{"polluted":1}}}',
      '{"constructor":1}',
      String.raw`{"a":[{"\u005f\u005fproto\u005f\u005f":{"polluted":1}}]}`,
      String.raw`{"proto\u0074ype":1}`,
    ];
    for (const text of texts) expect(() => safeJsonParse(text), text).toThrow(ForbiddenKeyError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('reads the words as values, and text without them as JSON.parse does', () => {
    const notes = 'met the constructor of the prototype';
    expect(safeJsonParse(JSON.stringify({ notes }))).toEqual({ notes });
    const text = JSON.stringify({ people: { a: { name: 'Åse Ørsted', tags: ['x', 'y'], n: 1.5, none: null } } });
    expect(safeJsonParse(text)).toEqual(JSON.parse(text));
  });
});

describe('decodeEnvelope', () => {
  const spec = makeSpec();
  it('marks good-looking data as checking until the schema is there', () => {
    expect(decodeEnvelope(envelope(spec.kind, 2, { items: {} }), spec, undefined)).toMatchObject({ status: 'checking' });
    expect(decodeEnvelope('{broken', spec, undefined).status).toBe('corrupt');
  });
  it('reads nothing as empty', () => {
    expect(decodeEnvelope(undefined, spec, notesSchema)).toEqual({ status: 'empty' });
  });
  it('reads what it wrote', () => {
    const raw = encodeEnvelope(spec, { items: { a: 'x' } }, '2026-11-22T12:00:00.000Z');
    expect(decodeEnvelope(raw, spec, notesSchema)).toEqual({
      status: 'ok',
      data: { items: { a: 'x' } },
      savedAt: '2026-11-22T12:00:00.000Z',
    });
  });
  it.each([
    ['broken JSON', '{"kind": "x", '],
    ['another kind', envelope('other', 2, { items: {} })],
    ['a bare value', '"hello"'],
    ['data that fails validation', envelope(spec.kind, 2, { items: { a: 42 } })],
    ['a string over the limit', envelope(spec.kind, 2, { items: { a: 'x'.repeat(101) } })],
    ['a prototype-pollution key', `{"kind":"${spec.kind}","version":2,"savedAt":"x","data":{"items":{"__proto__":{"polluted":"yes"}}}}`],
  ])('marks %s as corrupt and keeps the raw value', (_, raw) => {
    const decoded = decodeEnvelope(raw, spec, notesSchema);
    expect(decoded.status).toBe('corrupt');
    expect(decoded).toMatchObject({ raw });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('migrates data of an older version', () => {
    expect(decodeEnvelope(envelope(spec.kind, 1, { list: ['a', 'b'] }), spec, notesSchema)).toMatchObject({
      status: 'ok',
      data: { items: { n0: 'a', n1: 'b' } },
      migratedFrom: 1,
    });
  });
  it('marks a failing migration as corrupt', () => {
    expect(decodeEnvelope(envelope(spec.kind, 1, { nothing: true }), spec, notesSchema).status).toBe('corrupt');
  });
  it('leaves data from a newer version alone', () => {
    expect(decodeEnvelope(envelope(spec.kind, 3, { future: 1 }), spec, notesSchema)).toMatchObject({ status: 'newer', version: 3 });
  });
});

describe('persistentDoc', () => {
  let backing: FakeStorage;
  let tabs: ReturnType<typeof createTestEvents>;
  let guarded: GuardedStorage;
  let doc: PersistentDoc<Notes>;
  let spec: DocSpec<Notes>;

  const start = async (seed?: (spec: DocSpec<Notes>) => void, make: () => FakeStorage | undefined = () => backing) => {
    spec = makeSpec();
    seed?.(spec);
    guarded = createGuardedStorage(make);
    setPersistentEngine(guarded.engine, tabs.events);
    doc = persistentDoc(spec, guarded);
    doc.$data.listen(() => {});
    doc.$status.listen(() => {});
    await doc.ready;
  };
  const add = (id: string, text: string) => doc.update((d) => ({ items: { ...d.items, [id]: text } }));

  beforeEach(() => {
    backing = new FakeStorage();
    tabs = createTestEvents();
  });
  afterEach(() => {
    cleanStores(doc.$doc, doc.$data, doc.$status);
  });

  it('starts empty, saves an envelope and reports when', async () => {
    await start();
    expect(doc.$status.get()).toEqual({ save: 'empty', recovered: false });
    add('a', 'Anna');
    flushWrites();
    const stored = JSON.parse(backing.getItem(keyOf(spec.kind))!);
    expect(stored).toMatchObject({ kind: spec.kind, version: 2, data: { items: { a: 'Anna' } } });
    expect(doc.$status.get()).toMatchObject({ save: 'saved', savedAt: stored.savedAt });
  });

  it('starts fresh on corrupt JSON, keeps the raw value as a backup, and says so', async () => {
    await start((s) => backing.setItem(keyOf(s.kind), '{not json'));
    expect(doc.$data.get()).toEqual({ items: {} });
    expect(doc.$status.get().recovered).toBe(true);
    expect(backing.getItem(backupKeyOf(spec.kind))).toBe('{not json');
    expect(doc.corruptBackup()).toBe('{not json');
    add('a', 'Anna');
    expect(doc.$data.get()).toEqual({ items: { a: 'Anna' } });
    doc.dismissBackup();
    expect(backing.getItem(backupKeyOf(spec.kind))).toBeNull();
    expect(doc.$status.get().recovered).toBe(false);
  });

  it('works in memory when storage is blocked, and says answers will not be kept', async () => {
    await start(undefined, () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(doc.$status.get().save).toBe('memory');
    add('a', 'Anna');
    expect(doc.$data.get()).toEqual({ items: { a: 'Anna' } });
    expect(doc.$status.get().save).toBe('memory');
  });

  it('keeps the change on screen when the quota is full, says it is not saved, and recovers', async () => {
    await start();
    add('a', 'Anna');
    flushWrites();
    backing.quota = 10;
    add('b', 'Bo');
    flushWrites();
    expect(doc.$data.get()).toEqual({ items: { a: 'Anna', b: 'Bo' } });
    expect(doc.$status.get().save).toBe('unsaved');
    expect(JSON.parse(backing.getItem(keyOf(spec.kind))!).data.items).toEqual({ a: 'Anna' });
    backing.quota = Infinity;
    add('c', 'Cai');
    flushWrites();
    expect(doc.$status.get().save).toBe('saved');
    expect(JSON.parse(backing.getItem(keyOf(spec.kind))!).data.items).toEqual({ a: 'Anna', b: 'Bo', c: 'Cai' });
  });

  it('shows a change at once and writes it in a task of its own, just after', async () => {
    await start();
    add('a', 'Anna');
    expect(doc.$data.get()).toEqual({ items: { a: 'Anna' } });
    expect(backing.getItem(keyOf(spec.kind))).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(JSON.parse(backing.getItem(keyOf(spec.kind))!).data.items).toEqual({ a: 'Anna' });
  });

  it('puts a change not yet written onto what another tab wrote meanwhile', async () => {
    await start((s) => backing.setItem(keyOf(s.kind), envelope(s.kind, 2, { items: { a: 'Anna' } })));
    add('b', 'Bo');
    backing.setItem(keyOf(spec.kind), envelope(spec.kind, 2, { items: { a: 'Anna', z: 'Zia' } }));
    flushWrites();
    expect(JSON.parse(backing.getItem(keyOf(spec.kind))!).data.items).toEqual({ a: 'Anna', z: 'Zia', b: 'Bo' });
    expect(doc.$data.get()).toEqual({ items: { a: 'Anna', z: 'Zia', b: 'Bo' } });
  });

  it('keeps a change not yet written when another tab’s change reaches this one first', async () => {
    await start((s) => backing.setItem(keyOf(s.kind), envelope(s.kind, 2, { items: { a: 'Anna' } })));
    add('b', 'Bo');
    tabs.otherTabWrites(backing, keyOf(spec.kind), envelope(spec.kind, 2, { items: { a: 'Anna', z: 'Zia' } }));
    flushWrites();
    expect(JSON.parse(backing.getItem(keyOf(spec.kind))!).data.items).toEqual({ a: 'Anna', z: 'Zia', b: 'Bo' });
    expect(doc.$data.get()).toEqual({ items: { a: 'Anna', z: 'Zia', b: 'Bo' } });
  });

  it('shows a change made in another tab', async () => {
    await start();
    add('a', 'Anna');
    tabs.otherTabWrites(backing, keyOf(spec.kind), envelope(spec.kind, 2, { items: { a: 'Anna', z: 'Zia' } }));
    expect(doc.$data.get()).toEqual({ items: { a: 'Anna', z: 'Zia' } });
  });

  it('keeps both tabs’ edits to different records, even before the other tab’s event arrives', async () => {
    await start();
    add('a', 'Anna');
    // The other tab saved 'z' but its storage event has not reached us yet.
    backing.setItem(keyOf(spec.kind), envelope(spec.kind, 2, { items: { a: 'Anna', z: 'Zia' } }));
    add('b', 'Bo');
    expect(doc.$data.get()).toEqual({ items: { a: 'Anna', z: 'Zia', b: 'Bo' } });
  });

  it('turns read-only on data from a newer version and never overwrites it', async () => {
    const raw = envelope('placeholder', 3, { future: true });
    await start((s) => backing.setItem(keyOf(s.kind), raw.replace('placeholder', s.kind)));
    expect(doc.$status.get().save).toBe('readonly');
    expect(add('a', 'Anna')).toBe(false);
    expect(doc.replace({ items: {} })).toBe(false);
    expect(backing.getItem(keyOf(spec.kind))).toBe(raw.replace('placeholder', spec.kind));
  });

  it('asks the browser to keep the data on the first real save, once', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('window', {});
    vi.stubGlobal('navigator', { storage: { persist } });
    vi.resetModules();
    const fresh = await import('../../src/stores/persist');
    const g = createGuardedStorage(() => new FakeStorage());
    setPersistentEngine(g.engine, tabs.events);
    doc = fresh.persistentDoc(makeSpec(), g);
    await doc.ready;
    expect(persist).not.toHaveBeenCalled();
    doc.update(() => ({ items: { a: 'A' } }));
    doc.update(() => ({ items: { a: 'B' } }));
    expect(persist).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('keeps stored data untouched and refuses edits while it is being checked', async () => {
    let release!: (s: typeof notesSchema) => void;
    const gate = new Promise<typeof notesSchema>((r) => (release = r));
    spec = makeSpec({ loadSchema: () => gate });
    const raw = envelope(spec.kind, 1, { list: ['old'] });
    backing.setItem(keyOf(spec.kind), raw);
    guarded = createGuardedStorage(() => backing);
    setPersistentEngine(guarded.engine, tabs.events);
    doc = persistentDoc(spec, guarded);
    doc.$status.listen(() => {});
    expect(doc.$status.get().save).toBe('checking');
    expect(doc.update(() => ({ items: { x: 'lost' } }))).toBe(false);
    expect(backing.getItem(keyOf(spec.kind))).toBe(raw);
    release(notesSchema);
    await doc.ready;
    expect(doc.$data.get()).toEqual({ items: { n0: 'old' } });
    expect(JSON.parse(backing.getItem(keyOf(spec.kind))!).version).toBe(2);
  });

  it('reads current data without writing it back, and writes again as soon as anything changes', async () => {
    const writes = vi.spyOn(backing, 'setItem');
    await start((s) => {
      backing.setItem(keyOf(s.kind), envelope(s.kind, 2, { items: { a: 'Anna' } }));
      writes.mockClear();
    });
    expect(doc.$data.get()).toEqual({ items: { a: 'Anna' } });
    const docWrites = () => writes.mock.calls.filter(([key]) => key === keyOf(spec.kind)).length;
    expect(docWrites()).toBe(0);
    add('b', 'Bo');
    flushWrites();
    expect(docWrites()).toBe(1);
    expect(JSON.parse(backing.getItem(keyOf(spec.kind))!).data.items).toEqual({ a: 'Anna', b: 'Bo' });
  });

  it('checks imported data with the schema, migrating older versions', async () => {
    await start();
    expect(await doc.check(1, { list: ['a'] })).toEqual({ ok: true, data: { items: { n0: 'a' } } });
    expect((await doc.check(2, { items: { a: 5 } })).ok).toBe(false);
    expect((await doc.check(3, { items: {} })).ok).toBe(false);
  });

  describe('text this site checked or wrote, read again on the next visit', () => {
    /** The doc of a new visit, its schema still loading (`release` lets it arrive). */
    const visit = (seed: (kind: string) => void) => {
      let release!: (s: typeof notesSchema) => void;
      const gate = new Promise<typeof notesSchema>((r) => (release = r));
      spec = makeSpec({ loadSchema: () => gate });
      seed(spec.kind);
      guarded = createGuardedStorage(() => backing);
      setPersistentEngine(guarded.engine, tabs.events);
      doc = persistentDoc(spec, guarded);
      doc.$data.listen(() => {});
      doc.$status.listen(() => {});
      return () => release(notesSchema);
    };
    const markOf = (kind: string, raw: string) => textMark(kind, 2, raw);
    /** `data` stored as the site writes it: the envelope and its mark. */
    const seedMarked = (kind: string, data: Notes) => {
      const raw = envelope(kind, 2, data);
      backing.setItem(keyOf(kind), raw);
      backing.setItem(checkedKeyOf(kind), markOf(kind, raw));
    };

    it('opens at once, before the schema has loaded, and can be edited', async () => {
      const release = visit((kind) => seedMarked(kind, { items: { a: 'Anna' } }));
      expect(doc.$status.get().save).toBe('saved');
      expect(doc.$data.get()).toEqual({ items: { a: 'Anna' } });
      add('b', 'Bo');
      flushWrites();
      const stored = backing.getItem(keyOf(spec.kind))!;
      expect(JSON.parse(stored).data.items).toEqual({ a: 'Anna', b: 'Bo' });
      expect(backing.getItem(checkedKeyOf(spec.kind))).toBe(markOf(spec.kind, stored));
      release();
      await doc.ready;
      expect(doc.$data.get()).toEqual({ items: { a: 'Anna', b: 'Bo' } });
    });

    it('checks text changed since it was marked, and sets it aside when it fails', async () => {
      const release = visit((kind) => {
        const good = envelope(kind, 2, { items: { a: 'Anna' } });
        backing.setItem(keyOf(kind), good.replace('"Anna"', '42'));
        backing.setItem(checkedKeyOf(kind), markOf(kind, good));
      });
      expect(doc.$status.get().save).toBe('checking');
      release();
      await doc.ready;
      expect(doc.$data.get()).toEqual({ items: {} });
      expect(doc.$status.get().recovered).toBe(true);
    });

    it('checks text marked for another version of the data', async () => {
      const release = visit((kind) => {
        const raw = envelope(kind, 2, { items: { a: 42 } });
        backing.setItem(keyOf(kind), raw);
        backing.setItem(checkedKeyOf(kind), textMark(kind, 1, raw));
      });
      expect(doc.$status.get().save).toBe('checking');
      release();
      await doc.ready;
      expect(doc.$status.get().recovered).toBe(true);
    });

    it('marks text once the schema has passed it, and not text it refused', async () => {
      const good = visit((kind) => backing.setItem(keyOf(kind), envelope(kind, 2, { items: { a: 'Anna' } })));
      good();
      await doc.ready;
      expect(backing.getItem(checkedKeyOf(spec.kind))).toBe(markOf(spec.kind, backing.getItem(keyOf(spec.kind))!));
      const bad = visit((kind) => backing.setItem(keyOf(kind), envelope(kind, 2, { items: { a: 42 } })));
      bad();
      await doc.ready;
      expect(backing.getItem(checkedKeyOf(spec.kind))).toBeNull();
    });

    it('does not overwrite unmarked text another tab wrote before the schema has loaded here', async () => {
      const release = visit((kind) => seedMarked(kind, { items: { a: 'Anna' } }));
      const theirs = envelope(spec.kind, 2, { items: { a: 'Anna', z: 'Zia' } });
      backing.setItem(keyOf(spec.kind), theirs);
      expect(add('b', 'Bo')).toBe(false);
      expect(backing.getItem(keyOf(spec.kind))).toBe(theirs);
      release();
      await doc.ready;
      expect(doc.$data.get()).toEqual({ items: { a: 'Anna', z: 'Zia' } });
    });
  });

  it('clears what is stored', async () => {
    await start();
    add('a', 'Anna');
    flushWrites();
    expect(backing.getItem(checkedKeyOf(spec.kind))).not.toBeNull();
    doc.clear();
    expect(backing.getItem(keyOf(spec.kind))).toBeNull();
    expect(backing.getItem(checkedKeyOf(spec.kind))).toBeNull();
    expect(doc.$status.get().save).toBe('empty');
  });
});
