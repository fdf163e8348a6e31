import { afterEach, describe, expect, it, vi } from 'vitest';
import { Obstacles } from '../../src/lib/contacts/obstacles';
import { boxInSector, boxInWedge, wedge } from '../../src/lib/contacts/sector-fit';
import { graphemes } from '../../src/lib/contacts/text-measure';

describe('Obstacles: the boxes a label must keep clear of', () => {
  it('finds a box only where it is, with a unit of clearance around it', () => {
    const o = new Obstacles(100, 10);
    o.add(0, 0, 20, 10);
    expect(o.hits(5, 5, 6, 6)).toBe(true);
    expect(o.hits(20.5, 0, 30, 10)).toBe(true); // within the clearance
    expect(o.hits(22, 0, 30, 10)).toBe(false);
    expect(o.hits(-50, -50, -40, -40)).toBe(false);
  });

  it('still finds boxes outside the square its grid covers', () => {
    const o = new Obstacles(50, 10);
    o.add(200, 200, 220, 210);
    o.add(-300, 0, -290, 10);
    expect(o.hits(210, 205, 211, 206)).toBe(true);
    expect(o.hits(-295, 5, -294, 6)).toBe(true);
    expect(o.hits(230, 200, 240, 210)).toBe(false);
  });

  it('keeps every box when it is laid over a larger grid', () => {
    const o = new Obstacles(50, 10);
    o.add(0, 0, 10, 10);
    o.add(200, 200, 220, 210);
    const larger = o.regrid(300);
    expect(larger.extent).toBe(300);
    expect(larger.hits(5, 5, 6, 6)).toBe(true);
    expect(larger.hits(210, 205, 211, 206)).toBe(true);
    expect(larger.hits(100, 100, 110, 110)).toBe(false);
  });

  it('takes back everything added since a mark, and only that', () => {
    const o = new Obstacles(100, 10);
    o.add(0, 0, 10, 10);
    const mark = o.mark();
    // Many boxes over shared grid cells, more than the first storage holds.
    for (let i = 0; i < 2000; i++) o.add((i % 40) * 4 - 80, Math.floor(i / 40) * 3 - 75, (i % 40) * 4 - 78, Math.floor(i / 40) * 3 - 74);
    expect(o.hits(-79, -75, -79, -75)).toBe(true);
    o.rollback(mark);
    expect(o.hits(-79, -75, -79, -75)).toBe(false);
    expect(o.hits(2, 2, 3, 3)).toBe(true);
    // Usable again after the rollback.
    o.add(50, 50, 60, 60);
    expect(o.hits(55, 55, 56, 56)).toBe(true);
    expect(o.hits(-79, -75, -79, -75)).toBe(false);
  });
});

describe('boxInSector: a label never crosses a sector line', () => {
  // Angles clockwise from 12 o'clock; y grows downwards.
  it('holds a box well inside a sector and refuses one across either line', () => {
    expect(boxInSector(20, -100, 40, -90, 0, 90)).toBe(true);
    expect(boxInSector(-5, -100, 15, -90, 0, 90)).toBe(false); // across the line at 12 o'clock
    expect(boxInSector(90, -10, 110, 5, 0, 90)).toBe(false); // across the line at 3 o'clock
    expect(boxInSector(-40, -100, -20, -90, 0, 90)).toBe(false); // in the next sector
  });

  it('keeps the slack from the lines', () => {
    expect(boxInSector(2, -100, 20, -90, 0, 90)).toBe(true);
    expect(boxInSector(2, -100, 20, -90, 0, 90, 3)).toBe(false);
  });

  it('handles sectors wider than a half circle, and the whole circle', () => {
    // 45° to 315°: everything but the top quarter.
    expect(boxInSector(-10, 90, 10, 100, 45, 315)).toBe(true);
    expect(boxInSector(-10, -100, 10, -90, 45, 315)).toBe(false);
    expect(boxInSector(-10, -100, 10, -90, 0, 360)).toBe(true);
  });

  it('agrees with a point-by-point check of the box’s edges, for sectors of every width', () => {
    /** Degrees clockwise from 12 o'clock, y down, in [0, 360). */
    const angle = (x: number, y: number) => ((Math.atan2(x, -y) * 180) / Math.PI + 360) % 360;
    const within = (a: number, start: number, end: number) => (a - start + 360) % 360 <= end - start;
    /** Inside when every point along the box's edges, a quarter unit apart, lies within the angles. */
    const reference = (x0: number, y0: number, x1: number, y1: number, start: number, end: number) => {
      const along = (a: number, b: number) => Array.from({ length: Math.ceil((b - a) * 4) + 1 }, (_, i) => Math.min(b, a + i / 4));
      const edge = [
        ...along(x0, x1).flatMap((x) => [[x, y0] as const, [x, y1] as const]),
        ...along(y0, y1).flatMap((y) => [[x0, y] as const, [x1, y] as const]),
      ];
      return edge.every(([x, y]) => within(angle(x, y), start, end));
    };
    let seed = 7;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648) * 2 - 1;
    let compared = 0;
    let inside = 0;
    for (const [start, end] of [
      [0, 36],
      [100, 250],
      [300, 360],
      [12, 300],
      [200, 330],
    ] as const) {
      const w = wedge(start, end);
      for (let i = 0; i < 400; i++) {
        const x = rand() * 300;
        const y = rand() * 300;
        const [x1, y1] = [x + 20 + 40 * Math.abs(rand()), y + 15];
        // Only boxes whose answer does not hang on the last half unit: the check by points cannot settle those.
        const shrunk = reference(x + 0.5, y + 0.5, x1 - 0.5, y1 - 0.5, start, end);
        if (shrunk !== reference(x - 0.5, y - 0.5, x1 + 0.5, y1 + 0.5, start, end)) continue;
        compared++;
        if (shrunk) inside++;
        expect(boxInWedge(x, y, x1, y1, w)).toBe(shrunk);
        expect(boxInSector(x, y, x1, y1, start, end)).toBe(shrunk);
      }
    }
    // Enough of both answers for the comparison to mean something.
    expect(compared).toBeGreaterThan(1500);
    expect(inside).toBeGreaterThan(200);
  });
});

describe('graphemes', () => {
  afterEach(() => vi.restoreAllMocks());

  it('splits plain names, dashes, quotes and the label ellipsis without the slow segmenter', () => {
    // Building Intl.Segmenter took 15-23 ms in Node, more in the layout worker, on every map with a cut label.
    const segmenter = vi.spyOn(Intl, 'Segmenter');
    expect(graphemes('Åse O’Brien–Bøgh…')).toEqual([...'Åse O’Brien–Bøgh…']);
    expect(segmenter).not.toHaveBeenCalled();
  });

  it('keeps a letter with a combining mark, or an emoji sequence, as one character', () => {
    expect(graphemes('A\u030Ase')).toEqual(['A\u030A', 's', 'e']);
    expect(graphemes('👩‍👩‍👧…')).toEqual(['👩‍👩‍👧', '…']);
  });
});
