/**
 * Build scaling: a temporary copy of the project under bench/tmp/ (git-ignored) with N synthetic articles in each
 * language, built cold. The Astro build runs without the Pagefind and service-worker integrations (a wrapper
 * config drops them); Pagefind then indexes the same dist/ in its own process, and the service worker is written
 * after it in a third, as the real build does, so each step has its own time and peak memory.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { run } from './process.ts';
import { measurePrecache, type Precache } from './precache.ts';
import { astroBuild, folderSize, htmlPages } from './site.ts';
import { median } from './stats.ts';

export interface ScaleResult {
  articlesPerLanguage: number;
  pages: number;
  astroSeconds: number;
  /** Peak resident memory of the largest process, bytes. */
  astroPeakRss: number | null;
  pagefindSeconds: number;
  /** Peak resident memory of the largest process (Node, or Pagefind's indexer binary), bytes. */
  pagefindPeakRss: number | null;
  indexBytes: number;
  indexFiles: number;
  /** Planning the precache and writing the service worker, after Pagefind. */
  swSeconds: number;
  precache: Precache | null;
  /** Astro's time in each of the builds this result combines (one unless interleaved rounds were run). */
  astroRounds: number[];
}

/** Top-level entries not copied: dependencies (found by walking up to the real project), outputs, caches, tests. */
const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'bench', 'tests', 'test-results', '.vscode', '.idea']);

const wrapperConfig = `// Written by the benchmark: the project's config without its Pagefind and service-worker integrations, which the benchmark runs and times itself.
import config from './astro.config.mjs';
const isTimedApart = (i) => i && typeof i === 'object' && /pagefind|service-worker/i.test(String(i.name));
export default { ...config, integrations: (config.integrations ?? []).flat(Infinity).filter((i) => !isTimedApart(i)) };
`;

interface Template {
  data: Record<string, unknown>;
  sections: string[];
}

/** The project's own articles of one language, split into frontmatter and `## ` sections, as templates. */
function templates(articlesDir: string): Template[] {
  return readdirSync(articlesDir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const source = readFileSync(join(articlesDir, f), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
      if (!m) throw new Error(`No frontmatter in ${f}`);
      const body = m[2]!;
      const sections = body.split(/\n(?=## )/);
      return { data: parse(m[1]!) as Record<string, unknown>, sections };
    });
}

/**
 * Writes `n` articles into `<copy>/src/content/articles/<lang>/bench-<i>.mdx` for every language folder.
 * Each one is a real article of that language with its sections rotated, a unique word, its own
 * translation key (shared across languages, so they pair up) and an order after the real ones.
 */
export function writeSyntheticArticles(copyRoot: string, n: number): void {
  const base = join(copyRoot, 'src/content/articles');
  for (const lang of readdirSync(base)) {
    const dir = join(base, lang);
    const sources = templates(dir);
    if (sources.length === 0) continue;
    for (let i = 1; i <= n; i++) {
      const t = sources[i % sources.length]!;
      const [intro, ...rest] = t.sections;
      const shift = rest.length ? i % rest.length : 0;
      const sections = [intro!, ...rest.slice(shift), ...rest.slice(0, shift)];
      const data = {
        ...t.data,
        title: `${String(t.data.title).slice(0, 70)} (bench ${i})`,
        translationKey: `bench-${i}`,
        order: 10_000 + i,
      };
      const marker = `\nbenchord${i} benchset${i % 97}\n`;
      writeFileSync(join(dir, `bench-${i}.mdx`), `---\n${stringify(data)}---\n${marker}\n${sections.join('\n').trim()}\n`);
    }
  }
}

/** A fresh copy of `root` at `<root>/bench/tmp/scale/`, so dependencies resolve from `<root>/node_modules`. */
export function copyProject(root: string): string {
  const copy = join(root, 'bench/tmp/scale');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const name of readdirSync(root)) {
    if (skip.has(name)) continue;
    cpSync(join(root, name), join(copy, name), { recursive: true });
  }
  writeFileSync(join(copy, 'bench.config.mjs'), wrapperConfig);
  return copy;
}

/** Builds the project with `n` synthetic articles per language and indexes it; `logDir` gets the logs. */
export async function measureScale(root: string, n: number, logDir: string): Promise<ScaleResult> {
  const copy = copyProject(root);
  try {
    writeSyntheticArticles(copy, n);
    const astro = await astroBuild(copy, join(logDir, `scale-${n}-astro.log`), ['--config', 'bench.config.mjs'], root);
    const dist = join(copy, 'dist');
    if (existsSync(join(dist, 'pagefind')))
      throw new Error('The Astro build wrote dist/pagefind/ although the wrapper config drops the Pagefind integration.');
    const pages = htmlPages(dist).length;
    const pagefindLog = join(logDir, `scale-${n}-pagefind.log`);
    const pagefind = await run(process.execPath, [join(import.meta.dirname, 'pagefind-index.ts'), root, dist], {
      cwd: copy,
      logFile: pagefindLog,
    });
    const backendRss = Number(/backend peak RSS bytes: (\d+)/.exec(readFileSync(pagefindLog, 'utf8'))?.[1] ?? 0);
    const index = folderSize(join(dist, 'pagefind'));
    const sw = await run(process.execPath, [join(import.meta.dirname, 'service-worker-write.ts'), root, dist], {
      cwd: copy,
      logFile: join(logDir, `scale-${n}-service-worker.log`),
    });
    return {
      articlesPerLanguage: n,
      pages,
      astroSeconds: astro.seconds,
      astroPeakRss: astro.peakRss,
      pagefindSeconds: pagefind.seconds,
      pagefindPeakRss: Math.max(pagefind.peakRss ?? 0, backendRss) || null,
      indexBytes: index.bytes,
      indexFiles: index.files,
      swSeconds: sw.seconds,
      precache: measurePrecache(dist),
      astroRounds: [astro.seconds],
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Builds of one size as one result: the median of each step's time, the largest peak memory; pages, index and precache from the last build. */
export function combineScale(results: readonly ScaleResult[]): ScaleResult {
  const last = results.at(-1);
  if (!last) throw new Error('combineScale: no builds to combine');
  const mid = (of: (r: ScaleResult) => number) => median(results.map(of))!;
  const peak = (of: (r: ScaleResult) => number | null) => {
    const known = results.map(of).filter((v): v is number => v !== null);
    return known.length ? Math.max(...known) : null;
  };
  return {
    ...last,
    astroSeconds: mid((r) => r.astroSeconds),
    pagefindSeconds: mid((r) => r.pagefindSeconds),
    swSeconds: mid((r) => r.swSeconds),
    astroPeakRss: peak((r) => r.astroPeakRss),
    pagefindPeakRss: peak((r) => r.pagefindPeakRss),
    astroRounds: results.flatMap((r) => r.astroRounds),
  };
}

/**
 * Build scaling of several checkouts, interleaved: every size is built `rounds` times per checkout, the checkouts
 * taking turns and the first of each round alternating, so a machine that slows down or speeds up during the run
 * weighs on both sides alike. Returns one combined result per size for each checkout, in the order given.
 */
export async function measureScaleInterleaved(
  sides: readonly { root: string; label: string }[],
  sizes: readonly number[],
  rounds: number,
  logDir: string,
  log: (message: string) => void,
): Promise<ScaleResult[][]> {
  const builds = sides.map(() => sizes.map((): ScaleResult[] => []));
  for (const [s, n] of sizes.entries()) {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? sides.map((_, i) => i) : sides.map((_, i) => sides.length - 1 - i);
      for (const i of order) {
        const side = sides[i]!;
        log(`build scaling: ${n} synthetic articles per language, ${side.label}, round ${round + 1} of ${rounds} …`);
        const dir = join(logDir, side.label.replace(/[^\w.-]+/g, '_'), `round-${round + 1}`);
        mkdirSync(dir, { recursive: true });
        builds[i]![s]!.push(await measureScale(side.root, n, dir));
      }
    }
  }
  return builds.map((perSize) => perSize.map(combineScale));
}
