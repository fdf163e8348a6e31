/**
 * The modules the islands of several exercises share (storage, nanostores, small helpers) in one file. Rolldown's own
 * splitting makes one file per set of entries that load a module, and counts each dynamic import as an entry, so this
 * shared code came in many small files, and each costs a page's main thread a request, a compile and a link.
 */

/** What is read of a module (Rolldown's `ModuleInfo`). */
export interface ModuleLinks {
  isEntry: boolean;
  importers: readonly string[];
}

export type ModuleLinksOf = (id: string) => ModuleLinks | null;

/** The chunk's name. */
export const PLATFORM_CHUNK = 'islands';

/**
 * How many island directories (the exercises, My data, the room scanner) must share a module for it to join the
 * chunk. Three takes in the storage, nanostores, the text drafts' store and the helpers that three exercises use. Two
 * would also take the stores that one island directory shares with My data (the quiz's, the group's, the contact
 * map's, the room's), and every exercise page would then load all four (the test "loads no other exercise's store" in
 * tests/e2e/budgets.test.ts).
 */
export const PLATFORM_SHARE = 3;

/**
 * The entry modules (islands and page scripts) whose static imports reach a module; empty when only dynamic imports
 * reach it. `seen` keeps the answers of one build, per module id.
 */
export function entriesReaching(id: string, links: ModuleLinksOf, seen: Map<string, ReadonlySet<string>>): ReadonlySet<string> {
  const known = seen.get(id);
  if (known) return known;
  const entries = new Set<string>();
  seen.set(id, entries); // an import cycle back to this module finds this set, still filling, instead of recursing
  const info = links(id);
  if (info?.isEntry) entries.add(id);
  for (const importer of info?.importers ?? []) for (const entry of entriesReaching(importer, links, seen)) entries.add(entry);
  return entries;
}

const islandDirectory = /[\\/]components[\\/]islands[\\/]([^\\/]+)[\\/]/;
const script = /\.[cm]?[jt]sx?$/;

/**
 * `PLATFORM_CHUNK` for a script that the islands of `PLATFORM_SHARE` or more directories load, else `null` (Rolldown
 * decides). A module that a page script also loads (the search page, the header) is left out, so that those pages do
 * not load island code. A module's static imports are loaded by every entry that loads it, so the chunk's modules
 * import only each other and modules that more entries load, never a module of one island.
 */
export function platformChunkName(id: string, entries: ReadonlySet<string>): string | null {
  if (!script.test(id) || id.startsWith('\0')) return null;
  const directories = new Set<string>();
  for (const entry of entries) {
    const directory = islandDirectory.exec(entry)?.[1];
    if (!directory) return null;
    directories.add(directory);
  }
  return directories.size >= PLATFORM_SHARE ? PLATFORM_CHUNK : null;
}
