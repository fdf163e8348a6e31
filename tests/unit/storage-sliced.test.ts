import { setPersistentEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { generateContactMap } from '../../bench/lib/contact-map';
import { contactStateSchema, contactStateSlicing } from '../../src/lib/contacts/schema';
import { contactSpec } from '../../src/lib/contacts/spec';
import { decodeEnvelope, encodeEnvelope, type DocSpec } from '../../src/lib/storage/envelope';
import { decodeInSlices } from '../../src/lib/storage/sliced';
import { createGuardedStorage } from '../../src/stores/guarded-storage';
import { backupKeyOf, keyOf, persistentDoc } from '../../src/stores/persist';
import { createTestEvents, FakeStorage } from './fake-storage';

const PEOPLE = 300;
/** A generated map as the page stores it: in the current version, with ties. */
/** The stored data, to change into something the schema refuses. */
interface MapData {
  goal: Record<string, unknown>;
  people: Record<string, Record<string, unknown>>;
  order: string[];
  ties: string[][];
  [key: string]: unknown;
}
const someone = (d: MapData, id: string) => d.people[id]!;

function storedMap(people = PEOPLE, change?: (data: MapData) => void): string {
  const decoded = decodeEnvelope(generateContactMap(people), contactSpec, contactStateSchema);
  if (decoded.status !== 'ok') throw new Error('the generated map does not decode');
  const data = structuredClone(decoded.data) as unknown as MapData;
  data.ties = [['bench-10', 'bench-11']];
  change?.(data);
  return encodeEnvelope(contactSpec, data as never, '2026-12-01T10:00:00.000Z');
}

const inSlices = async (raw: string, budgetMs?: number) => {
  let pauses = 0;
  const decoded = await decodeInSlices(raw, contactSpec, contactStateSchema, contactStateSlicing, async () => void pauses++, budgetMs);
  return { decoded, pauses };
};

describe("the bench's generated map", () => {
  it("is stored in the current version, so a measured load is a returning reader's, with no upgrade to write back", () => {
    const raw = generateContactMap(PEOPLE);
    expect(JSON.parse(raw).version).toBe(contactSpec.version);
    const decoded = decodeEnvelope(raw, contactSpec, contactStateSchema);
    expect(decoded.status).toBe('ok');
    if (decoded.status !== 'ok') return;
    expect(decoded.migratedFrom).toBeUndefined();
    expect(decoded.data.order).toHaveLength(PEOPLE);
  });
});

describe('decodeInSlices', () => {
  it('gives what the whole schema gives, keys in the same order, pausing between slices', async () => {
    for (const raw of [storedMap(), generateContactMap(PEOPLE, 1)]) {
      const whole = decodeEnvelope(raw, contactSpec, contactStateSchema);
      expect(whole.status).toBe('ok');
      const { decoded, pauses } = await inSlices(raw, -1);
      expect(decoded).toEqual(whole);
      expect(JSON.stringify(decoded)).toBe(JSON.stringify(whole));
      expect(pauses).toBeGreaterThanOrEqual(PEOPLE);
    }
    expect((await inSlices(storedMap(), Infinity)).pauses).toBe(0);
  });

  it('leaves out fields the schema does not know, as the whole schema does', async () => {
    const raw = storedMap(PEOPLE, (d) => {
      someone(d, 'bench-7').favouriteColour = 'blue';
      d.extra = true;
    });
    const { decoded } = await inSlices(raw);
    expect(decoded).toEqual(decodeEnvelope(raw, contactSpec, contactStateSchema));
    expect(decoded.status === 'ok' && 'favouriteColour' in decoded.data.people['bench-7']!).toBe(false);
  });

  it.each<[string, (d: MapData) => void]>([
    ['a person with a field out of range', (d) => (someone(d, 'bench-250').closeness = 'best friend')],
    ['a person who is not an object', (d) => (d.people['bench-250'] = 42 as never)],
    ['a person without an id', (d) => delete someone(d, 'bench-250').id],
    ['a person stored under another id', (d) => (someone(d, 'bench-250').id = 'bench-251')],
    ['an order that leaves someone out', (d) => d.order.pop()],
    ['a tie to someone not on the map', (d) => d.ties.push(['bench-1', 'nobody'])],
    ['a goal of an unknown kind', (d) => (d.goal.kind = 'fame')],
    ['people that are a list', (d) => (d.people = [] as never)],
  ])('refuses %s with the same reason as the whole schema', async (_, change) => {
    const raw = storedMap(PEOPLE, change);
    const whole = decodeEnvelope(raw, contactSpec, contactStateSchema);
    expect(whole.status).toBe('corrupt');
    expect((await inSlices(raw, -1)).decoded).toEqual(whole);
  });

  it('answers text that is not a stored map as the plain path does', async () => {
    for (const raw of ['{not json', '"hello"', JSON.stringify({ kind: 'contactMap', version: 9, savedAt: 'x', data: {} })]) {
      expect((await inSlices(raw)).decoded).toEqual(decodeEnvelope(raw, contactSpec, contactStateSchema));
    }
  });
});

describe('a stored doc with slicing', () => {
  interface Notes {
    items: Record<string, string>;
  }
  const entry = z.string().check(z.maxLength(100));
  let kinds = 0;
  const slicing = { key: 'items', shell: z.object({ items: z.record(z.string(), z.unknown()) }), entry };
  const start = async (stored: (kind: string) => string, loadSlicing = () => Promise.resolve(slicing)) => {
    const spec: DocSpec<Notes> = {
      kind: `sliced${++kinds}`,
      version: 1,
      loadSchema: () => Promise.resolve(z.object({ items: z.record(z.string(), entry) })),
      loadSlicing,
      empty: () => ({ items: {} }),
      count: (d) => Object.keys(d.items).length,
    };
    const backing = new FakeStorage();
    backing.setItem(keyOf(spec.kind), stored(spec.kind));
    const guarded = createGuardedStorage(() => backing);
    setPersistentEngine(guarded.engine, createTestEvents().events);
    const doc = persistentDoc(spec, guarded);
    doc.$data.listen(() => {});
    doc.$status.listen(() => {});
    expect(doc.$status.get().save).toBe('checking');
    await doc.ready;
    return { doc, backing, spec };
  };
  const envelope = (kind: string, items: Record<string, unknown>) =>
    JSON.stringify({ kind, version: 1, savedAt: '2026-12-01T10:00:00.000Z', data: { items } });

  it('reads good data, says it is saved, and writes nothing back', async () => {
    const items = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`n${i}`, `note ${i}`]));
    const { doc, backing, spec } = await start((kind) => envelope(kind, items));
    expect(doc.$data.get()).toEqual({ items });
    expect(doc.$status.get().save).toBe('saved');
    expect(backing.getItem(keyOf(spec.kind))).toBe(envelope(spec.kind, items));
    cleanStores(doc.$doc, doc.$data, doc.$status);
  });

  it('reads the data in one piece when the slicing cannot load (offline before it was cached)', async () => {
    const { doc } = await start(
      (kind) => envelope(kind, { a: 'Anna' }),
      () => Promise.reject(new Error('offline')),
    );
    expect(doc.$data.get()).toEqual({ items: { a: 'Anna' } });
    expect(doc.$status.get().save).toBe('saved');
    cleanStores(doc.$doc, doc.$data, doc.$status);
  });

  it('sets bad data aside as the plain path does, and starts fresh', async () => {
    const { doc, backing, spec } = await start((kind) => envelope(kind, { a: 'fine', b: 'x'.repeat(101) }));
    expect(doc.$data.get()).toEqual({ items: {} });
    expect(doc.$status.get().recovered).toBe(true);
    expect(backing.getItem(backupKeyOf(spec.kind))).toBe(envelope(spec.kind, { a: 'fine', b: 'x'.repeat(101) }));
    cleanStores(doc.$doc, doc.$data, doc.$status);
  });
});
