import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Helpers for the tests that read the source tree itself (import graph, file length). */

export const root = resolve(import.meta.dirname, '../..');
export const srcDir = join(root, 'src');

const sourceExtensions = ['.ts', '.tsx', '.astro', '.mjs', '.js'];

/** Every source file under `src/`, as paths relative to the repository (`src/lib/quiz/bank.ts`). */
export function sourceFiles(dir = srcDir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (sourceExtensions.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts')) out.push(relative(root, path));
  }
  return out.sort();
}

/** The code of a file: the whole file, or an Astro component's frontmatter and its `<script>` blocks. */
export function codeOf(file: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

const staticImport = /^\s*(?:import|export)\s[^;]*?\sfrom\s*(['"])([^'"]+)\1/gm;
const bareImport = /^\s*import\s*(['"])([^'"]+)\1/gm;
const dynamicImport = /\bimport\(\s*(['"])([^'"]+)\1\s*\)/g;

/**
 * The module specifiers a file imports: static imports and re-exports (type-only ones too: they tie
 * files together for a reader as much as any), side-effect imports and `import('…')` with a literal.
 * Lines that are comments are skipped, so an example in a JSDoc block is not an import.
 */
export function importsOf(code: string): string[] {
  const lines = code.split('\n').map((line) => (/^\s*(\*|\/\/|\/\*)/.test(line) ? '' : line));
  const text = lines.join('\n');
  const found = [staticImport, bareImport, dynamicImport].flatMap((re) => [...text.matchAll(re)].map((m) => m[2]!));
  return [...new Set(found)];
}

/** The file a relative specifier points to, or null for packages, virtual modules and assets. */
export function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(root, dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, ...sourceExtensions.map((e) => base + e), ...sourceExtensions.map((e) => join(base, `index${e}`))];
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!hit) return null;
  return sourceExtensions.some((e) => hit.endsWith(e)) ? relative(root, hit) : null;
}

/** Each source file under `src/` with the source files it imports. */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    const targets = importsOf(codeOf(file))
      .map((s) => resolveImport(file, s))
      .filter((t): t is string => t !== null && t.startsWith('src/'));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every knot of files that import each other (Tarjan's strongly connected components), once each, as a
 * readable line: one closed path through it (`a → b → a`), then any other files in the same knot.
 */
export function cyclesOf(graph: Map<string, string[]>): string[] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = (graph.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return components.map((c) => {
    const path = pathThrough(graph, c);
    const others = c.filter((f) => !path.includes(f));
    return path.join(' → ') + (others.length ? ` (in the same knot: ${others.join(', ')})` : '');
  });
}

/** One closed path through a strongly connected group of files, for a readable message: a → b → a. */
function pathThrough(graph: Map<string, string[]>, component: string[]): string[] {
  const members = new Set(component);
  const start = component[0]!;
  // Breadth-first search from the start back to itself, inside the group.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let at = v; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...component, start];
}
