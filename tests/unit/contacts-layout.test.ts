import { describe, expect, it } from 'vitest';
import {
  MIN_SECTOR_DEGREES,
  boxesOverlap,
  chooseNamed,
  describeArc,
  describeCell,
  estimateTextWidth,
  labelFor,
  layoutBlankMap,
  layoutMap,
  pointAt,
  ringKeys,
  sectorBoundary,
  type Box,
  type MapLayout,
  type RingKey,
  type SectorKey,
} from '../../src/lib/contacts/layout';
import { closenessLevels, contexts, emptyDraft, type Closeness, type ContactContext, type Person } from '../../src/lib/contacts/types';
import { markerPaths, personAt, shapePath } from '../../src/lib/contacts/marker-paths';

/** A small seeded PRNG (mulberry32), so "random" distributions are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = ['Anne', 'Bo', 'Søren', 'Åse', 'Mette', 'Jørgen', 'Ida', 'Kristoffer', 'Malene', 'William', 'Æbelø', 'Mikkel'];
const lastNames = ['Hansen', 'Østergaard', 'Møller', 'Andersen-Wiwe', 'Kjær', 'Bøgh', 'Nielsen', 'Lund'];
/** 40 characters, mostly the widest letters: the worst case for label space. */
const longName = (i: number) => `WWWMmmmmmmmm Wwwwwwwwwwwwwwwww Ææææææææ${String(i).padStart(3, '0')}`.slice(0, 40);
const danishName = (i: number) =>
  `${['Ærø', 'Øjvind', 'Åge', 'Bøje', 'Sørine'][i % 5]} ${['Kræmmer', 'Bødker', 'Åkjær', 'Møllgård'][i % 4]}`;

function person(i: number, context: ContactContext | null, closeness: Closeness | null, name?: string): Person {
  return {
    ...emptyDraft(name ?? `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]}`),
    id: `p${String(i).padStart(4, '0')}`,
    contexts: context ? [context] : [],
    closeness,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const ctx = (i: number): ContactContext => contexts[i % contexts.length]!;
const clo = (i: number): Closeness => closenessLevels[i % closenessLevels.length]!;

/** Named distributions of n people: crowded, spread, long names, unknowns. */
const distributions: Record<string, (n: number) => Person[]> = {
  'all in one cell': (n) => Array.from({ length: n }, (_, i) => person(i, 'colleagues', 'close')),
  'all in one cell, 40-character names': (n) => Array.from({ length: n }, (_, i) => person(i, 'colleagues', 'close', longName(i))),
  'all unrated without context, long names': (n) => Array.from({ length: n }, (_, i) => person(i, null, null, longName(i))),
  'all in the outer ring of the last sector, long names': (n) =>
    Array.from({ length: n }, (_, i) => person(i, 'online', 'dormant', longName(i))),
  'spread evenly over the contexts, all close, long names': (n) =>
    Array.from({ length: n }, (_, i) => person(i, ctx(i), 'close', longName(i))),
  'one ring per sector (diagonal), long names': (n) =>
    Array.from({ length: n }, (_, i) => person(i, ctx(i % 5), i % 5 === 4 ? null : clo(i % 5), longName(i))),
  'every cell, including unknowns': (n) =>
    Array.from({ length: n }, (_, i) =>
      person(i, i % 11 === 10 ? null : ctx(i % 11), Math.floor(i / 11) % 5 === 4 ? null : clo(Math.floor(i / 11) % 5)),
    ),
  'Danish letters': (n) => Array.from({ length: n }, (_, i) => person(i, ctx(i % 3), clo(i), danishName(i))),
  // The most crowded distribution a random search over four-cell maps found: each ring's people in one sector.
  'four rings, one sector each, long names': (n) =>
    Array.from({ length: n }, (_, i) => {
      const cells: [ContactContext | null, Closeness | null][] = [
        ['online', 'close'],
        ['customers', 'occasional'],
        ['events', null],
        [null, 'regular'],
      ];
      const [c, r] = cells[i % 4]!;
      return person(i, c, r, longName(i));
    }),
};

function randomPeople(n: number, seed: number): Person[] {
  const r = prng(seed);
  return Array.from({ length: n }, (_, i) =>
    person(
      i,
      r() < 0.1 ? null : ctx(Math.floor(r() * 10)),
      r() < 0.15 ? null : clo(Math.floor(r() * 4)),
      r() < 0.3 ? longName(i) : r() < 0.5 ? danishName(i) : undefined,
    ),
  );
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const r = prng(seed);
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const markerBox = (l: MapLayout, p: { x: number; y: number }): Box => ({
  x: p.x - l.markerRadius,
  y: p.y - l.markerRadius,
  width: 2 * l.markerRadius,
  height: 2 * l.markerRadius,
});
const inside = (b: Box, l: MapLayout) => b.x >= 0 && b.y >= 0 && b.x + b.width <= l.width && b.y + b.height <= l.height;
/** Degrees clockwise from 12 o'clock, 0–360. */
const angleOf = (l: MapLayout, p: { x: number; y: number }) =>
  ((Math.atan2(p.x - l.centre.x, l.centre.y - p.y) * 180) / Math.PI + 360) % 360;
const distanceOf = (l: MapLayout, p: { x: number; y: number }) => Math.hypot(p.x - l.centre.x, p.y - l.centre.y);

/** The box of a cell's "+n" text (mixed mode). */
function countBox(l: MapLayout, c: MapLayout['cells'][number]): Box {
  const width = estimateTextWidth(c.label!.text, l.fontSize);
  const height = 1.25 * l.fontSize;
  const x = c.label!.anchor === 'start' ? c.label!.x : c.label!.x - width;
  return { x, y: c.label!.y - 0.35 * l.fontSize - height / 2, width, height };
}

/** Whether the sector line at `angle`, from the centre to the outer ring, passes through the box's inside (clipping the segment to the box). */
function crossesLine(l: MapLayout, b: Box, angle: number, outer: number): boolean {
  const d = [Math.sin((angle * Math.PI) / 180), -Math.cos((angle * Math.PI) / 180)];
  const lo = [b.x - l.centre.x, b.y - l.centre.y];
  const hi = [lo[0]! + b.width, lo[1]! + b.height];
  let enter = 0;
  let leave = outer;
  for (const k of [0, 1]) {
    if (Math.abs(d[k]!) < 1e-9) {
      if (lo[k]! >= 0 || hi[k]! <= 0) return false;
      continue;
    }
    const [t1, t2] = [lo[k]! / d[k]!, hi[k]! / d[k]!];
    enter = Math.max(enter, Math.min(t1, t2));
    leave = Math.min(leave, Math.max(t1, t2));
  }
  return leave - enter > 1e-6;
}

/** Every way the map can be unreadable or wrong, as a list of problems (empty when fine). */
function problems(l: MapLayout): string[] {
  const out: string[] = [];
  const centre: Box = {
    x: l.centre.x - l.centre.radius,
    y: l.centre.y - l.centre.radius,
    width: 2 * l.centre.radius,
    height: 2 * l.centre.radius,
  };
  const outer = l.rings.at(-1)!.outer;
  const lines = l.sectors.length > 1 ? l.sectors.map((s) => s.start) : [];
  const texts = [
    ...l.people.map((p) => ({ id: p.id, sector: p.sector, box: p.box })),
    ...l.cells.flatMap((c) => (c.label ? [{ id: `+${c.sector}/${c.ring}`, sector: c.sector, box: countBox(l, c) }] : [])),
  ];
  for (const { id, box } of texts) {
    for (const angle of lines) if (crossesLine(l, box, angle, outer)) out.push(`${id}: label crosses the sector line at ${angle}°`);
  }
  for (const [i, a] of l.people.entries()) {
    if (!inside(a.box, l)) out.push(`${a.id}: label outside the viewBox`);
    const corners = [
      [a.box.x, a.box.y],
      [a.box.x + a.box.width, a.box.y],
      [a.box.x, a.box.y + a.box.height],
      [a.box.x + a.box.width, a.box.y + a.box.height],
    ];
    if (corners.some(([x, y]) => Math.hypot(x! - l.centre.x, y! - l.centre.y) > outer)) out.push(`${a.id}: label outside the outer ring`);
    if (boxesOverlap(a.box, centre) || boxesOverlap(markerBox(l, a), centre)) out.push(`${a.id}: on the centre`);
    for (const [j, b] of l.people.entries()) {
      if (i < j && boxesOverlap(a.box, b.box)) out.push(`${a.id}/${b.id}: labels overlap`);
      if (boxesOverlap(a.box, markerBox(l, b))) out.push(`${a.id}/${b.id}: label on a marker`);
      if (i < j && boxesOverlap(markerBox(l, a), markerBox(l, b))) out.push(`${a.id}/${b.id}: markers overlap`);
    }
    // The marker lies in its own ring band and sector, whole.
    const ring = l.rings.find((r) => r.key === a.ring)!;
    const sector = l.sectors.find((s) => s.key === a.sector)!;
    const d = distanceOf(l, a);
    if (d - l.markerRadius < ring.inner || d + l.markerRadius > ring.outer) out.push(`${a.id}: marker outside its ring`);
    const angle = angleOf(l, a);
    const slack = (Math.asin(Math.min(1, l.markerRadius / d)) * 180) / Math.PI;
    if (angle - slack < sector.start - 0.05 || angle + slack > sector.end + 0.05)
      out.push(`${a.id}: marker outside its sector (${angle} in ${sector.start}–${sector.end})`);
  }
  for (const [i, s] of l.sectors.entries()) {
    if (!inside(s.label.box, l)) out.push(`${s.key}: sector name outside the viewBox`);
    const nearX = Math.max(s.label.box.x, Math.min(l.centre.x, s.label.box.x + s.label.box.width));
    const nearY = Math.max(s.label.box.y, Math.min(l.centre.y, s.label.box.y + s.label.box.height));
    if (Math.hypot(nearX - l.centre.x, nearY - l.centre.y) < outer) out.push(`${s.key}: sector name inside the map`);
    for (const t of l.sectors.slice(i + 1)) if (boxesOverlap(s.label.box, t.label.box)) out.push(`${s.key}/${t.key}: sector names overlap`);
  }
  return out;
}

describe('labels', () => {
  it('keeps short names whole and cuts long ones to 16 characters with an ellipsis', () => {
    expect(labelFor('Mette Kjær')).toEqual({ label: 'Mette Kjær', truncated: false });
    expect(labelFor('Sixteen chars ok')).toEqual({ label: 'Sixteen chars ok', truncated: false });
    const cut = labelFor('Christoffer Bøgh-Andersen');
    // Cut between words, so the label is whole words of the accessible name (WCAG 2.5.3).
    expect(cut).toEqual({ label: 'Christoffer…', truncated: true });
    expect(labelFor('Anne Marie Hansen-Bøgh').label).toBe('Anne Marie…');
    // A first word longer than the limit is cut inside it, to 16 characters with the ellipsis.
    expect([...labelFor('Christoffersen-Bøgh Andersen').label]).toHaveLength(16);
    // No space before the ellipsis.
    expect(labelFor('Anna Marie Lun Bøgh').label).toBe('Anna Marie Lun…');
    expect(labelFor('Anna Marie Lund  Bøgh').label).toBe('Anna Marie Lund…');
    expect(labelFor('Anna Marie Lund Bøgh', 8).label).toBe('Anna…');
  });

  it('counts a Danish letter as one character, however it is encoded', () => {
    const decomposed = 'A\u030Ase Ro\u0308nne Ærøskøbing-Åkjær';
    const { label } = labelFor(decomposed);
    expect(label).toBe('Åse Rönne…');
    expect(labelFor(decomposed, 30).label).toBe('Åse Rönne Ærøskøbing-Åkjær');
    expect(label.normalize('NFC')).toBe(label);
    expect(estimateTextWidth('Åse', 12)).toBe(estimateTextWidth('A\u030Ase', 12));
    expect(labelFor('👩‍👩‍👧 Familien Østergaard-Bødker').label).toBe('👩‍👩‍👧 Familien…');
    expect(labelFor('👩‍👩‍👧Familien-Østergaard-Bødker').label).toBe('👩‍👩‍👧Familien-Øster…');
  });

  it('tidies white space and gives an empty name a question mark', () => {
    expect(labelFor('  Bo \n  Lund ')).toEqual({ label: 'Bo Lund', truncated: false });
    expect(labelFor('   ')).toEqual({ label: '?', truncated: false });
  });

  it('estimates 0.6 em per ordinary character and more for capitals and wide letters', () => {
    expect(estimateTextWidth('anne', 10)).toBeCloseTo(24);
    expect(estimateTextWidth('ø å', 10)).toBeCloseTo(18);
    expect(estimateTextWidth('Anne', 10)).toBeCloseTo(25.5);
    expect(estimateTextWidth('mW', 10)).toBeCloseTo(18.5);
    expect(estimateTextWidth('', 10)).toBe(0);
  });
});

describe('geometry helpers', () => {
  it('measures angles clockwise from 12 o’clock', () => {
    expect(pointAt(0, 0, 10, 0).x).toBeCloseTo(0);
    expect(pointAt(0, 0, 10, 0).y).toBeCloseTo(-10);
    expect(pointAt(0, 0, 10, 90).x).toBeCloseTo(10);
    expect(pointAt(5, 5, 10, 180).y).toBeCloseTo(15);
  });

  it('draws arcs, whole circles, cells and sector lines', () => {
    expect(describeArc(0, 0, 10, 0, 90)).toBe('M 0 -10 A 10 10 0 0 1 10 0');
    expect(describeArc(0, 0, 10, 0, 270)).toBe('M 0 -10 A 10 10 0 1 1 -10 0');
    expect(describeArc(50, 50, 10, 0, 360)).toBe('M 50 40 A 10 10 0 1 1 50 60 A 10 10 0 1 1 50 40');
    expect(describeCell(0, 0, 0, 10, 0, 90)).toBe('M 0 0 L 0 -10 A 10 10 0 0 1 10 0 Z');
    expect(describeCell(0, 0, 5, 10, 0, 90)).toBe('M 0 -10 A 10 10 0 0 1 10 0 L 5 0 A 5 5 0 0 0 0 -5 Z');
    expect(describeCell(0, 0, 5, 10, 0, 360)).toBe(
      'M 0 -10 A 10 10 0 1 1 0 10 A 10 10 0 1 1 0 -10 Z M 0 -5 A 5 5 0 1 1 0 5 A 5 5 0 1 1 0 -5 Z',
    );
    expect(sectorBoundary(100, 100, 20, 80, 90)).toEqual({ x1: 120, y1: 100, x2: 180, y2: 100 });
  });

  it('does not count touching boxes as overlapping', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesOverlap(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 9.9, y: 9.9, width: 5, height: 5 })).toBe(true);
  });
});

describe('layoutMap: structure', () => {
  it('always has every context in order and every closeness ring, adding "none" and "not rated" only when used', () => {
    const plain = layoutMap([person(1, 'friends', 'close')]);
    expect(plain.sectors.map((s) => s.key)).toEqual([...contexts]);
    expect(plain.rings.map((r) => r.key)).toEqual([...closenessLevels]);
    const withUnknowns = layoutMap([person(1, 'friends', 'close'), person(2, null, null)]);
    expect(withUnknowns.sectors.map((s) => s.key)).toEqual([...contexts, 'none']);
    expect(withUnknowns.rings.map((r) => r.key)).toEqual([...closenessLevels, 'notRated']);
    expect(withUnknowns.people.find((p) => p.id === 'p0002')).toMatchObject({ sector: 'none', ring: 'notRated' });
  });

  it('puts people by their first context and counts sectors and rings', () => {
    const p = person(1, 'family', 'regular');
    p.contexts = ['family', 'colleagues'];
    const l = layoutMap([p, person(2, 'family', 'dormant'), person(3, 'online', 'dormant')]);
    expect(l.sectors.find((s) => s.key === 'family')!.count).toBe(2);
    expect(l.sectors.find((s) => s.key === 'colleagues')!.count).toBe(0);
    expect(l.rings.find((r) => r.key === 'dormant')!.count).toBe(2);
    expect(l.people.find((x) => x.id === 'p0001')).toMatchObject({ sector: 'family', ring: 'regular' });
    expect(l).toMatchObject({ mode: 'labels', total: 3, cells: [] });
  });

  it('shares the circle: contiguous sectors, none narrower than the minimum, wider with more people', () => {
    const people = [...Array.from({ length: 20 }, (_, i) => person(i, 'colleagues', 'close')), person(99, 'online', 'close')];
    const l = layoutMap(people);
    expect(l.sectors[0]!.start).toBe(0);
    expect(l.sectors.at(-1)!.end).toBe(360);
    for (const [i, s] of l.sectors.entries()) {
      expect(s.end - s.start).toBeGreaterThanOrEqual(MIN_SECTOR_DEGREES - 0.1);
      if (i > 0) expect(s.start).toBe(l.sectors[i - 1]!.end);
    }
    const size = (key: SectorKey) => {
      const s = l.sectors.find((x) => x.key === key)!;
      return s.end - s.start;
    };
    expect(size('colleagues')).toBeGreaterThan(size('online'));
    expect(size('online')).toBeGreaterThan(size('friends'));
    expect(size('friends')).toBeCloseTo(MIN_SECTOR_DEGREES, 1);
  });

  it('has contiguous rings from the centre out, wider where more people are', () => {
    const l = layoutMap(Array.from({ length: 40 }, (_, i) => person(i, ctx(i), i < 36 ? 'occasional' : 'close')));
    expect(l.rings[0]!.inner).toBe(l.centre.radius);
    for (let i = 1; i < l.rings.length; i++) expect(l.rings[i]!.inner).toBe(l.rings[i - 1]!.outer);
    const width = (key: RingKey) => {
      const r = l.rings.find((x) => x.key === key)!;
      return r.outer - r.inner;
    };
    expect(width('occasional')).toBeGreaterThan(width('dormant'));
    expect(width('occasional')).toBeGreaterThan(width('regular'));
  });

  it('returns the full name and the label text, and centres the viewBox on the reader', () => {
    const l = layoutMap([person(1, 'events', 'close', 'Christoffer Bøgh-Andersen')]);
    expect(l.people[0]).toMatchObject({ id: 'p0001', label: 'Christoffer…', fullName: 'Christoffer Bøgh-Andersen', truncated: true });
    expect(l.centre).toEqual({ x: l.width / 2, y: l.height / 2, radius: l.centre.radius });
    const p = l.people[0]!;
    // The text anchor is at the label box's near edge, on the baseline inside the box.
    expect(p.anchor === 'start' ? p.box.x : p.box.x + p.box.width).toBeCloseTo(p.labelX, 0);
    expect(p.labelY).toBeGreaterThan(p.box.y + p.box.height / 2);
    expect(p.labelY).toBeLessThan(p.box.y + p.box.height);
  });

  it('draws an empty map with all sectors and every ring', () => {
    const l = layoutMap([]);
    expect(l).toMatchObject({ mode: 'labels', total: 0, people: [], cells: [] });
    expect(l.sectors).toHaveLength(contexts.length);
    expect(l.rings).toHaveLength(closenessLevels.length);
    // Angles are drawn to a tenth of a degree.
    for (const s of l.sectors) expect(Math.abs(s.end - s.start - 360 / contexts.length)).toBeLessThanOrEqual(0.1);
    expect(problems(l)).toEqual([]);
  });
});

describe('layoutMap: deterministic', () => {
  it('gives the same layout twice, and for the same people in any order', () => {
    for (const people of [randomPeople(150, 7), randomPeople(30, 8), distributions['every cell, including unknowns']!(60)]) {
      const first = layoutMap(people);
      expect(layoutMap(people)).toEqual(first);
      for (const seed of [1, 2, 3]) expect(layoutMap(shuffled(people, seed))).toEqual(first);
      expect(layoutMap([...people].reverse())).toEqual(first);
    }
  });

  it('does not change its input', () => {
    const people = Object.freeze(randomPeople(20, 3).map((p) => Object.freeze(p)));
    const ids = people.map((p) => p.id);
    layoutMap(people);
    expect(people.map((p) => p.id)).toEqual(ids);
  });
});

describe('layoutMap: readable labels', () => {
  for (const [name, make] of Object.entries(distributions)) {
    it(`has no overlaps and keeps everything in place: ${name}`, () => {
      for (const n of [1, 10, 30, 150]) {
        const l = layoutMap(make(n));
        expect(l.mode).toBe('labels');
        expect(l.people).toHaveLength(n);
        expect(problems(l), `${n} people`).toEqual([]);
      }
    });
  }

  it('has no overlaps for random maps of 10, 30 and 150 people (50 seeds)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      for (const n of [10, 30, 150]) {
        const l = layoutMap(randomPeople(n, seed));
        expect(l.people).toHaveLength(n);
        expect(problems(l), `seed ${seed}, ${n} people`).toEqual([]);
      }
    }
  });

  it('has no overlaps with a larger font, larger markers and the island’s sector names', () => {
    const sectorNames = {
      colleagues: 'Kolleger',
      formerColleagues: 'Tidligere kolleger',
      partners: 'Samarbejdspartnere',
      none: 'Ingen kontekst',
    };
    for (const seed of [11, 12, 13]) {
      const l = layoutMap(randomPeople(80, seed), { fontSize: 16, markerRadius: 7, sectorNames });
      expect(l.fontSize).toBe(16);
      expect(problems(l)).toEqual([]);
      const partners = l.sectors.find((s) => s.key === 'partners')!;
      expect(partners.label.box.width).toBeCloseTo(estimateTextWidth('Samarbejdspartnere', 16), 0);
    }
  });

  it('stays small for small maps and bounded at 150', () => {
    const ten = layoutMap(randomPeople(10, 3).map((p, i) => ({ ...p, name: `${firstNames[i]} ${lastNames[i % 8]}` })));
    // Wider than before labels had to stay inside their own sector and clear of the ring names.
    expect(ten.width).toBeLessThanOrEqual(950);
    expect(ten.height).toBeLessThanOrEqual(950);
    for (const make of Object.values(distributions)) {
      const l = layoutMap(make(150));
      expect(l.width).toBeLessThanOrEqual(2100);
      expect(l.height).toBeLessThanOrEqual(2100);
    }
  });

  it('lays out 150 people in well under a blink (a generous bound against blow-ups)', () => {
    const people = distributions['one ring per sector (diagonal), long names']!(150);
    layoutMap(people);
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      layoutMap(people);
      return performance.now() - start;
    });
    expect(Math.min(...times)).toBeLessThan(200);
  });
});

const withRole = (p: Person, i: number): Person =>
  i % 5 === 0 ? { ...p, roles: ['access'] } : i % 7 === 0 ? { ...p, connector: true } : p;

describe('chooseNamed: whom the map names and whom it counts', () => {
  it('names everyone up to the limit', () => {
    const people = randomPeople(40, 2);
    expect(chooseNamed(people, 40)).toEqual({ named: people, counted: [] });
  });

  it('always names people with a role and connectors, even beyond the limit, and counts the rest', () => {
    const people = randomPeople(300, 4).map(withRole);
    const must = people.filter((p) => p.roles.length > 0 || p.connector);
    const { named, counted } = chooseNamed(people, 10);
    expect(must.length).toBeGreaterThan(10);
    expect(new Set(named)).toEqual(new Set(must));
    expect(named.length + counted.length).toBe(people.length);
    expect(counted.every((p) => p.roles.length === 0 && !p.connector)).toBe(true);
  });

  it('fills the room left with the closest others, whatever the input order', () => {
    const people = randomPeople(200, 5).map((p, i) => (i < 20 ? { ...p, roles: ['information' as const] } : p));
    const { named, counted } = chooseNamed(people, 150);
    expect(named).toHaveLength(150);
    const rank = (p: Pick<Person, 'closeness'>) => (p.closeness === null ? 4 : closenessLevels.indexOf(p.closeness));
    const furthestNamed = Math.max(...named.filter((p) => p.roles.length === 0).map(rank));
    expect(Math.min(...counted.map(rank))).toBeGreaterThanOrEqual(furthestNamed);
    const again = chooseNamed(shuffled(people, 3), 150);
    expect(new Set(again.named.map((p) => p.id))).toEqual(new Set(named.map((p) => p.id)));
  });
});

describe('layoutMap: more people than the label limit', () => {
  it('names everyone with a role or marked connector and counts the others per cell', () => {
    for (const [n, seed] of [
      [151, 1],
      [300, 2],
      [1000, 3],
    ] as const) {
      const people = randomPeople(n, seed).map(withRole);
      const l = layoutMap(people);
      expect(l.mode).toBe('mixed');
      expect(l.total).toBe(n);
      const named = new Set(l.people.map((p) => p.id));
      for (const p of people) if (p.roles.length > 0 || p.connector) expect(named.has(p.id), p.id).toBe(true);
      expect(l.people.length + l.cells.reduce((sum, c) => sum + c.count, 0)).toBe(n);
      const expected = new Map<string, number>();
      for (const p of people) {
        if (named.has(p.id)) continue;
        const key = `${p.contexts[0] ?? 'none'}/${p.closeness ?? 'notRated'}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      expect(new Map(l.cells.map((c) => [`${c.sector}/${c.ring}`, c.count]))).toEqual(expected);
      for (const c of l.cells) expect(c.label?.text).toBe(`+${c.count}`);
      expect(problems(l), `${n} people`).toEqual([]);
    }
  });

  it('respects a smaller limit', () => {
    expect(layoutMap(randomPeople(10, 1), { labelLimit: 10 }).mode).toBe('labels');
    const l = layoutMap(randomPeople(11, 1), { labelLimit: 10 });
    expect(l.mode).toBe('mixed');
    expect(l.people).toHaveLength(10);
  });

  it('keeps every label inside its own sector for 1 to 300 people', () => {
    for (const n of [1, 2, 5, 20, 60, 150, 220, 300]) {
      for (const seed of [1, 2]) {
        const l = layoutMap(randomPeople(n, seed + n).map(withRole));
        expect(problems(l), `seed ${seed}, ${n} people`).toEqual([]);
      }
    }
  });

  it('is cheap at 1,000 people (a generous bound against blow-ups)', () => {
    const people = randomPeople(1000, 9).map(withRole);
    layoutMap(people);
    const start = performance.now();
    for (let i = 0; i < 5; i++) layoutMap(people);
    expect((performance.now() - start) / 5).toBeLessThan(150);
  });
});

describe('layoutBlankMap', () => {
  it('has every closeness ring in an equal band and every context in an equal sector', () => {
    const l = layoutBlankMap();
    expect(l).toMatchObject({ mode: 'blank', total: 0, people: [], cells: [] });
    expect(l.rings.map((r) => r.key)).toEqual([...closenessLevels]);
    expect(l.rings.map((r) => r.key)).not.toContain(ringKeys.at(-1));
    expect(new Set(l.rings.map((r) => r.outer - r.inner)).size).toBe(1);
    expect(l.rings[0]!.inner).toBe(l.centre.radius);
    expect(l.sectors.map((s) => s.key)).toEqual([...contexts]);
    for (const [i, s] of l.sectors.entries()) {
      // Angles are drawn to a tenth of a degree.
      expect(Math.abs(s.start - (i * 360) / contexts.length)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(s.end - ((i + 1) * 360) / contexts.length)).toBeLessThanOrEqual(0.05);
      expect(s.count).toBe(0);
    }
    expect(problems(l)).toEqual([]);
  });

  it('measures the sector names it is given', () => {
    const l = layoutBlankMap({ sectorNames: { colleagues: 'Kolleger' } });
    expect(l.sectors[0]!.label.box.width).toBeCloseTo(estimateTextWidth('Kolleger', 12), 0);
    // Names on the right run rightwards from their anchor, on the left leftwards.
    expect(l.sectors[0]!.label.anchor).toBe('start');
    expect(l.sectors.at(-1)!.label.anchor).toBe('end');
    // Near 12 and 6 o'clock, centred: here education spans 48°–300°, its middle at 174°.
    expect(layoutMap([person(1, 'education', 'close')]).sectors[4]!.label.anchor).toBe('middle');
  });
});

describe('markerPaths: one path per marker kind', () => {
  const people = [
    { ...person(1, 'colleagues', 'close'), roles: ['access' as const, 'information' as const] },
    { ...person(2, 'friends', 'regular'), roles: ['goBetween' as const], connector: true },
    person(3, 'online', null),
    person(4, 'family', 'close'),
  ];
  const layout = layoutMap(people);
  const byId = new Map(people.map((p) => [p.id, p]));

  it('groups the markers by their strongest role, one shape per person, and rings only connectors', () => {
    const paths = markerPaths(layout.people, layout.cells, byId, layout.markerRadius);
    expect(Object.keys(paths.kinds).sort()).toEqual(['access', 'goBetween', 'none']);
    // Every shape starts with a move: one per person of that kind.
    expect(paths.kinds.access!.match(/M/g)).toHaveLength(1);
    expect(paths.kinds.none!.match(/M/g)).toHaveLength(2);
    expect(paths.connectors.match(/M/g)).toHaveLength(1);
    expect(paths.counts).toBe('');
  });

  it('skips a placed id it does not know and draws no kind nobody has', () => {
    const paths = markerPaths(layout.people, [], new Map([[people[0]!.id, people[0]!]]), layout.markerRadius);
    expect(Object.keys(paths.kinds)).toEqual(['access']);
    expect(paths.connectors).toBe('');
  });

  it('draws a count badge per counted cell when the map counts people', () => {
    const many = Array.from({ length: 400 }, (_, i) => person(i, ctx(i), clo(i)));
    const big = layoutMap(many);
    expect(big.cells.length).toBeGreaterThan(0);
    const paths = markerPaths(big.people, big.cells, new Map(many.map((p) => [p.id, p])), big.markerRadius);
    // A circle is two arcs.
    expect(paths.counts.match(/a/g)).toHaveLength(2 * big.cells.length);
  });

  it('finds the person whose marker a click hit, the nearest within reach, else nobody', () => {
    const [a] = layout.people;
    expect(personAt(layout.people, a!.x + 1, a!.y - 1, 10)?.id).toBe(a!.id);
    expect(personAt(layout.people, a!.x, a!.y, 10)?.id).toBe(a!.id);
    expect(personAt(layout.people, layout.width + 100, layout.height + 100, 10)).toBeNull();
  });

  it('draws the shapes the legend shows: a circle, a square, a diamond and a triangle', () => {
    expect(shapePath('none', 10, 10, 5)).toBe('M5 10a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z');
    expect(shapePath('information', 10, 10, 5)).toBe('M5.5 5.5h9v9h-9Z');
    expect(shapePath('access', 10, 10, 4)).toBe('M10 5L15 10L10 15L5 10Z');
    expect(shapePath('goBetween', 10, 10, 5)).toBe('M10 4L15.5 14L4.5 14Z');
  });
});
