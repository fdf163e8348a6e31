import { describe, expect, it } from 'vitest';
import {
  PLATFORM_CHUNK,
  PLATFORM_SHARE,
  entriesReaching,
  platformChunkName,
  type ModuleLinks,
} from '../../src/integrations/platform-chunk';

const island = (directory: string, file = `${directory}.tsx`) => `/site/src/components/islands/${directory}/${file}`;
const directories = ['ContactMap', 'GroupPurpose', 'Quiz', 'MyData', 'RoomScanner'];

/** A module graph from "importer → imported" pairs; `entries` are the modules the build starts from. */
function graph(entries: string[], imports: [string, string][]): (id: string) => ModuleLinks | null {
  const ids = new Set([...entries, ...imports.flat()]);
  return (id) =>
    ids.has(id) ? { isEntry: entries.includes(id), importers: imports.filter(([, to]) => to === id).map(([from]) => from) } : null;
}

describe('entriesReaching', () => {
  it('follows static importers up to every entry, through shared modules and import cycles', () => {
    const [map, rest, quiz] = [island('ContactMap'), island('ContactMap', 'ContactMapRest.tsx'), island('Quiz')];
    const links = graph(
      [map, rest, quiz],
      [
        [map, '/site/src/stores/contacts.ts'],
        [rest, '/site/src/stores/contacts.ts'],
        ['/site/src/stores/contacts.ts', '/site/src/stores/persist.ts'],
        [quiz, '/site/src/stores/persist.ts'],
        ['/site/src/stores/persist.ts', '/site/src/lib/a.ts'],
        ['/site/src/lib/a.ts', '/site/src/lib/b.ts'],
        ['/site/src/lib/b.ts', '/site/src/lib/a.ts'],
      ],
    );
    const seen = new Map<string, ReadonlySet<string>>();
    expect([...entriesReaching('/site/src/lib/b.ts', links, seen)].sort()).toEqual([map, rest, quiz].sort());
    expect([...entriesReaching('/site/src/stores/contacts.ts', links, seen)].sort()).toEqual([map, rest].sort());
    expect([...entriesReaching(map, links, seen)]).toEqual([map]);
  });

  it('finds no entry for a module that only a dynamic import reaches', () => {
    // MapView is loaded with import(): the graph lists no static importer for it.
    const links = graph([island('ContactMap')], [['/site/src/MapView.tsx', '/site/src/lib/layout.ts']]);
    expect(entriesReaching('/site/src/lib/layout.ts', links, new Map()).size).toBe(0);
  });
});

describe('platformChunkName', () => {
  const islandsOf = (count: number) => new Set(directories.slice(0, count).map((d) => island(d)));

  it(`puts a script that the islands of ${PLATFORM_SHARE} or more directories load into the platform chunk`, () => {
    expect(platformChunkName('/site/src/stores/persist.ts', islandsOf(PLATFORM_SHARE))).toBe(PLATFORM_CHUNK);
    expect(platformChunkName('/site/node_modules/nanostores/atom/index.js', islandsOf(directories.length))).toBe(PLATFORM_CHUNK);
  });

  it('leaves out what fewer directories share: one exercise’s store read by one other page stays with them', () => {
    expect(platformChunkName('/site/src/stores/contacts.ts', islandsOf(PLATFORM_SHARE - 1))).toBeNull();
    const oneExercise = new Set([
      island('ContactMap'),
      island('ContactMap', 'ContactMapRest.tsx'),
      island('ContactMap', 'ContactResults.tsx'),
    ]);
    expect(platformChunkName('/site/src/components/islands/ContactMap/hashTarget.ts', oneExercise)).toBeNull();
  });

  it('leaves out a module that a page script also loads, so that page does not load the islands’ code', () => {
    const withSearch = new Set([
      ...islandsOf(directories.length),
      '/site/src/components/pages/SearchPage.astro?astro&type=script&index=0&lang.ts',
    ]);
    expect(platformChunkName('/site/src/lib/site/fill.ts', withSearch)).toBeNull();
  });

  it('leaves out stylesheets, virtual modules and modules no entry loads statically', () => {
    const all = islandsOf(directories.length);
    expect(platformChunkName('/site/src/components/islands/shared/islands.css', all)).toBeNull();
    expect(platformChunkName('\0vite/preload-helper.js', all)).toBeNull();
    expect(platformChunkName('/site/src/lib/layout.ts', new Set())).toBeNull();
  });

  it('reads Windows paths', () => {
    const windows = new Set(directories.map((d) => `C:\\site\\src\\components\\islands\\${d}\\${d}.tsx`));
    expect(platformChunkName('C:\\site\\src\\stores\\persist.ts', windows)).toBe(PLATFORM_CHUNK);
  });
});
