/** One project measured end to end: build, serve, page weight, search, contact map, Lighthouse, build scaling. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { addressBookGoals, addressBookSection, measureAddressBook, type AddressBookTiming } from './address-book.ts';
import {
  countNodes,
  generateContactMap,
  measureContactMap,
  measureContactMapInTurns,
  STORAGE_KEY,
  type ContactMapTiming,
} from './contact-map.ts';
import { openLighthouse, type LighthouseScores } from './lighthouse.ts';
import { measureNetwork, networkGoals, networkSection } from './network.ts';
import { pageTypes, searchPage, searchQueries } from './pages.ts';
import { num, text, type Goal, type Results, type Section } from './report.ts';
import { FIRST_VISIT_BUDGET, measurePrecache, type Precache } from './precache.ts';
import type { ScaleResult } from './scaling.ts';
import { measureSearch, type SearchTiming } from './search.ts';
import { astroBuild, chromiumFlags, findChromium, htmlPages, startPreview } from './site.ts';
import { startStaticHost } from './static-host.ts';
import { formatBytes, median } from './stats.ts';
import { measureWeight, type Weight } from './weight.ts';

export interface Options {
  /** Rebuild dist/ first (the default); false measures the dist/ that is there. */
  build: boolean;
  lighthouseRuns: number;
  /** Synthetic articles per language for the build-scaling rows; empty skips them. */
  scaleSizes: number[];
  skip: Set<'weight' | 'lighthouse' | 'search' | 'scaling'>;
  logDir: string;
}

const log = (label: string, message: string) => console.error(`[bench ${label}] ${message}`);

/** A checkout's site built for the benchmark, in a folder of its own. */
export interface BenchBuild {
  outDir: string;
  /** null when the dist/ that was there is measured (`options.build` false). */
  build: { seconds: number; peakRss: number | null; pages: number } | null;
}

/** Builds `root` into its own folder, so it never rewrites the dist/ that tests or a preview may be reading. */
export async function buildForBench(root: string, label: string, options: Options): Promise<BenchBuild> {
  const outDir = options.build ? join(root, 'bench/tmp/site-dist') : join(root, 'dist');
  if (!options.build) return { outDir, build: null };
  log(label, 'astro build …');
  rmSync(outDir, { recursive: true, force: true });
  const timed = await astroBuild(root, join(logDir(options, label), 'build.log'), ['--outDir', outDir]);
  const build = { ...timed, pages: htmlPages(outDir).length };
  log(label, `built ${build.pages} pages in ${timed.seconds.toFixed(1)} s`);
  return { outDir, build };
}

const logDir = (options: Options, label: string) => join(options.logDir, label.replace(/[^\w.-]+/g, '_'));

/** What `measureInTurns` measured for one checkout, in place of `measureProject`'s own one-side measurement. */
export interface TurnTaken {
  contactMap: ContactMapTiming;
  contactMapPhone: ContactMapTiming;
  /** Lighthouse with 1,000 stored people; null when Lighthouse is skipped. */
  stored: LighthouseScores | null;
}

/**
 * The figures that a busy spell on the machine moves most, measured with the checkouts taking turns: the contact map's
 * loads and edits on desktop and phone (each checkout twice, a, b, b, a: see `measureContactMapInTurns`) and Lighthouse
 * with 1,000 stored people (a, b, a, …). Measured one checkout after the other, untouched figures once came out twice
 * as slow on the first.
 */
export async function measureInTurns(builds: { root: string; label: string; outDir: string }[], options: Options): Promise<TurnTaken[]> {
  const labels = builds.map((b) => b.label).join(' and ');
  const previews = await Promise.all(builds.map((b) => startPreview(b.root, b.outDir)));
  const urls = previews.map((p) => `${p.url}${CONTACT_MAP_PATH}`);
  let desktop: ContactMapTiming[];
  let phone: ContactMapTiming[];
  try {
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
    try {
      log(labels, 'contact map, desktop, in turns …');
      desktop = await measureContactMapInTurns(browser, urls);
      log(labels, 'contact map, phone, in turns …');
      phone = await measureContactMapInTurns(browser, urls, 'phone');
    } finally {
      await browser.close();
    }
  } finally {
    await Promise.all(previews.map((p) => p.stop()));
  }
  let stored: (LighthouseScores | null)[] = builds.map(() => null);
  if (!options.skip.has('lighthouse')) {
    const hosts = await Promise.all(builds.map((b) => startStaticHost(b.outDir)));
    const session = await openLighthouse();
    try {
      const runs = sideBySideRuns(options.lighthouseRuns);
      log(labels, `lighthouse ${CONTACT_MAP_PATH} with 1,000 stored people, in turns ×${runs} …`);
      const pages = hosts.map((h) => h.url + CONTACT_MAP_PATH);
      const scores = await session.measureInTurns(pages, runs, { [STORAGE_KEY]: generateContactMap(1000) });
      stored = pages.map((page) => scores.get(page)!);
    } finally {
      await session.close();
      await Promise.all(hosts.map((h) => h.stop()));
    }
  }
  return builds.map((_, i) => ({ contactMap: desktop[i]!, contactMapPhone: phone[i]!, stored: stored[i]! }));
}

/**
 * `scale`: this checkout's build scaling, measured before (bench/lib/scaling.ts, interleaved with the other checkout's);
 * empty when skipped. `built`: its site, built before (`buildForBench`), else built here. `turns`: its contact-map and
 * stored-Lighthouse figures, measured before in turns with another checkout's (`measureInTurns`), else measured here.
 */
export async function measureProject(
  root: string,
  label: string,
  options: Options,
  scale: ScaleResult[],
  built?: BenchBuild,
  turns?: TurnTaken,
): Promise<Results> {
  const sections: Section[] = [];
  const { outDir, build } = built ?? (await buildForBench(root, label, options));

  // Plain Node on the checkout's own code: no build or browser needed.
  log(label, 'who knows whom: network reading …');
  const network = await measureNetwork(root);

  const sitePrecache = measurePrecache(outDir);
  // The article as a bare page (its text, no site CSS, no scripts), served beside it: the LCP yardstick.
  const article = pageTypes.find((p) => p.name === 'article')!;
  const barePath = writeBarePage(outDir, article.path);

  const preview = await startPreview(root, outDir);
  const weights = new Map<string, Weight>();
  let search: SearchTiming | null = null;
  let contactMap: ContactMapTiming | null = null;
  let addressBook: AddressBookTiming | null = null;
  let contactMapPhone: ContactMapTiming | null = null;
  let contactNodes: Awaited<ReturnType<typeof countNodes>> | null = null;
  const lighthouse = new Map<string, LighthouseScores>();
  try {
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
    try {
      for (const p of pageTypes) {
        weights.set(p.path, await measureWeight(browser, preview.url + p.path));
      }
      if (!options.skip.has('weight')) log(label, 'page weight done');
      const searchExists = weights.get(searchPage)?.status === 200;
      if (!options.skip.has('search') && searchExists) {
        search = await measureSearch(browser, preview.url + searchPage, searchQueries);
        log(label, 'search done');
      }
      contactMap = turns?.contactMap ?? (await measureContactMap(browser, `${preview.url}${CONTACT_MAP_PATH}`));
      contactMapPhone = turns?.contactMapPhone ?? (await measureContactMap(browser, `${preview.url}${CONTACT_MAP_PATH}`, 'phone'));
      contactNodes = await countNodes(browser, `${preview.url}${CONTACT_MAP_PATH}`);
      log(label, 'contact map done');
      addressBook = await measureAddressBook(browser, `${preview.url}${CONTACT_MAP_PATH}`);
      log(label, 'address book done');
    } finally {
      await browser.close();
    }
    if (!options.skip.has('lighthouse')) {
      // Lighthouse loads the pages gzipped, as a host sends them (astro preview does not compress).
      const host = await startStaticHost(outDir);
      const session = await openLighthouse();
      try {
        for (const p of pageTypes) {
          if (weights.get(p.path)?.status !== 200) continue;
          if (barePath && p.path === article.path) continue; // measured beside the bare page, below
          log(label, `lighthouse ${p.path} ×${options.lighthouseRuns} …`);
          lighthouse.set(p.path, await session.measure(host.url + p.path, options.lighthouseRuns));
        }
        if (barePath && weights.get(article.path)?.status === 200) {
          const runs = sideBySideRuns(options.lighthouseRuns);
          log(label, `lighthouse ${article.path} and ${barePath} (bare article), taking turns ×${runs} …`);
          const pair = await session.measureInTurns([host.url + article.path, host.url + barePath], runs);
          lighthouse.set(article.path, pair.get(host.url + article.path)!);
          lighthouse.set(barePath, pair.get(host.url + barePath)!);
        }
        if (turns?.stored) lighthouse.set(CONTACT_MAP_STORED, turns.stored);
        else {
          // Last: it leaves 1,000 people in the Lighthouse browser's storage.
          const storedRuns = sideBySideRuns(options.lighthouseRuns);
          log(label, `lighthouse ${CONTACT_MAP_PATH} with 1,000 stored people ×${storedRuns} …`);
          lighthouse.set(
            CONTACT_MAP_STORED,
            await session.measure(host.url + CONTACT_MAP_PATH, storedRuns, { [STORAGE_KEY]: generateContactMap(1000) }),
          );
        }
      } finally {
        await session.close();
        await host.stop();
      }
    }
  } finally {
    await preview.stop();
    if (barePath) rmSync(join(outDir, barePath), { recursive: true, force: true });
  }

  // Sections, in the order of the issue.
  const missing = (path: string) => weights.get(path)?.status !== 200;
  const missingNote = pageTypes
    .filter((p) => missing(p.path))
    .map((p) => `${p.name} (${p.path}): HTTP ${weights.get(p.path)?.status ?? '—'}`);

  if (!options.skip.has('weight')) {
    sections.push({
      id: 'weight',
      title: 'Page weight on first load',
      rowHeader: 'page',
      columns: ['path', 'requests', 'HTML raw', 'HTML gzip', 'CSS raw', 'CSS gzip', 'JS raw', 'JS gzip', 'other raw'],
      labelColumns: ['path'],
      rows: pageTypes.map((p) => {
        const w = weights.get(p.path)!;
        if (missing(p.path)) return { label: p.name, cells: [text(p.path), ...Array.from({ length: 8 }, () => text(`HTTP ${w.status}`))] };
        return {
          label: p.name,
          cells: [
            text(p.path),
            num(w.requests, 'count'),
            num(w.html.raw, 'bytes'),
            num(w.html.gzip, 'bytes'),
            num(w.css.raw, 'bytes'),
            num(w.css.gzip, 'bytes'),
            num(w.js.raw, 'bytes'),
            num(w.js.gzip, 'bytes'),
            num(w.otherRaw, 'bytes'),
          ],
        };
      }),
      notes: [
        'Chromium, phone viewport, cold cache, every response until the network is idle after `load`; no interaction or scrolling, so code loaded by `import()` on demand (Pagefind) and `client:visible` islands below the fold are not counted here (tests/e2e/budgets.test.ts leaves them out too).',
        '`astro preview` sends files uncompressed, so raw is what crossed the wire; gzip is each response gzipped at level 6, what a compressing host sends. KB = 1,024 bytes.',
        ...(missingNote.length ? [`Not in this build: ${missingNote.join(', ')}.`] : []),
      ],
    });
  }

  if (!options.skip.has('lighthouse')) {
    const errors = [...lighthouse.entries()].flatMap(([path, s]) => s.errors.map((e) => `${path}: ${e}`));
    sections.push({
      id: 'lighthouse',
      title: `Lighthouse, mobile defaults (median of ${options.lighthouseRuns} run${options.lighthouseRuns === 1 ? '' : 's'})`,
      rowHeader: 'page',
      columns: ['performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
      rows: [
        ...pageTypes,
        { name: 'contact map, 1,000 people stored', path: CONTACT_MAP_STORED },
        ...(barePath ? [{ name: 'article, bare page', path: barePath }] : []),
      ].map((p) => {
        const s = lighthouse.get(p.path);
        if (!s) return { label: p.name, cells: Array.from({ length: 7 }, () => text(missing(p.path) ? 'not built' : '—')) };
        return {
          label: p.name,
          cells: [
            num(s.performance, 'score'),
            num(s.accessibility, 'score'),
            num(s.bestPractices, 'score'),
            num(s.seo, 'score'),
            num(s.lcp, 'ms'),
            num(s.tbt, 'ms'),
            num(s.cls, 'cls'),
          ],
        };
      }),
      notes: [
        `Lighthouse ${lighthouseVersion()} in Debian's Chromium: emulated Moto G Power, simulated slow 4G and 4× CPU slowdown. Each figure is its own median over the runs. The pages come from a static host that gzips text files as hosting services do (bench/lib/static-host.ts), not from \`astro preview\`, which sends them uncompressed.`,
        `The bare page is the article's own \`<article>\` element in a minimal HTML document (no site CSS, no scripts, no header or footer), served from the same build: the floor for the article's LCP. The article and its bare page are run in turns (article, bare, article, …), ${sideBySideRuns(options.lighthouseRuns)} times each, so that a busy spell on the machine falls on both: their LCPs are compared with each other.`,
        `The contact map with 1,000 stored people is run ${sideBySideRuns(options.lighthouseRuns)} times too: its blocking time is a sum of long tasks, and one run on a busy machine can double it.${turns ? ' With --compare, the two checkouts take turns (a, b, a, …).' : ''}${storedTbtRuns(lighthouse.get(CONTACT_MAP_STORED))}`,
        ...(errors.length ? [`Failed runs: ${errors.join('; ')}`] : []),
      ],
    });
  }

  if (sitePrecache) {
    sections.push({
      id: 'precache',
      title: 'Offline precache of the site as it is (first visit)',
      rowHeader: 'build',
      columns: ['precached files', 'precache', 'sw.js', 'largest article page', 'first visit'],
      rows: [{ label: 'this build', cells: precacheCells(sitePrecache) }],
      notes: [
        `From the manifest in sw.js and the sizes in the build, raw bytes. First visit = precache + sw.js + the largest article page or article index (a first visit may start there; they are not precached). Goal: ≤ ${formatBytes(FIRST_VISIT_BUDGET)} whatever the number of articles.`,
      ],
    });
  }

  if (build) {
    sections.push({
      id: 'build',
      title: 'Build of the site as it is',
      rowHeader: 'build',
      columns: ['pages', 'time', 'per page', 'peak RSS'],
      rows: [
        {
          label: '`astro build` (Pagefind integration included)',
          cells: [
            num(build.pages, 'count'),
            num(build.seconds, 's'),
            num((build.seconds * 1000) / build.pages, 'ms'),
            num(build.peakRss, 'bytes'),
          ],
        },
      ],
      notes: [],
    });
  }

  if (!options.skip.has('scaling') && scale.length) {
    sections.push({
      id: 'scaling',
      title: 'Build scaling with synthetic articles',
      rowHeader: 'articles per language',
      columns: [
        'pages',
        'Astro build',
        'service worker',
        'Astro + SW per page',
        'Pagefind',
        'Pagefind per page',
        'total per page',
        'index size',
        'index files',
        'Astro peak RSS',
        'Pagefind peak RSS',
        'precached files',
        'precache',
        'first visit',
      ],
      rows: scale.map((s) => ({
        label: s.articlesPerLanguage.toLocaleString('en'),
        cells: [
          num(s.pages, 'count'),
          num(s.astroSeconds, 's'),
          num(s.swSeconds, 's'),
          num(buildPerPage(s), 'ms'),
          num(s.pagefindSeconds, 's'),
          num((s.pagefindSeconds * 1000) / s.pages, 'ms'),
          num(((s.astroSeconds + s.swSeconds + s.pagefindSeconds) * 1000) / s.pages, 'ms'),
          num(s.indexBytes, 'bytes'),
          num(s.indexFiles, 'count'),
          num(s.astroPeakRss, 'bytes'),
          num(s.pagefindPeakRss, 'bytes'),
          num(s.precache?.files, 'count'),
          num(s.precache?.bytes, 'bytes'),
          num(s.precache?.firstVisitBytes, 'bytes'),
        ],
      })),
      notes: [
        'A temporary copy of the project in bench/tmp/ (deleted afterwards) with N copies of the real articles per language, sections rotated and a unique word each; cold build (no .astro cache).',
        "Astro builds without its Pagefind and service-worker integrations; Pagefind then indexes the same dist/ through its Node API in its own process, and the service worker is written after it in a third (bench/lib/service-worker-write.ts), as in the real build. Per page = seconds ÷ all HTML pages built. Peak RSS: the largest process (GNU time; /proc VmHWM for Pagefind's indexer binary).",
        ...scaleRoundsNote(label, scale),
        `Precache and first visit as in the section above. Goals at 1,000 articles per language: Astro + SW ≤ ${BUILD_MS_PER_PAGE} ms per page, Astro peak RSS ≤ ${formatBytes(PEAK_RSS_BUDGET)}; first visit ≤ ${formatBytes(FIRST_VISIT_BUDGET)} at every size.`,
      ],
    });
  }

  if (contactMap) {
    const cm = contactMap;
    const timings = [cm, ...(contactMapPhone ? [contactMapPhone] : [])];
    sections.push({
      id: 'contact-map',
      title: `Contact map with ${cm.people.toLocaleString('en')} generated people (goals: edit → map ≤ ${EDIT_GOAL.desktop} ms desktop, ≤ ${EDIT_GOAL.phone} ms phone; navigation → map ≤ ${DRAWN_GOAL_PHONE} ms phone)`,
      rowHeader: 'scenario',
      columns: ['navigation → map drawn', 'edit → map updated', 'edit → next frame', 'key press in a field', 'blocking time on load'],
      rows: [
        ...timings.map((c) => ({
          label: `${c.device}, ${c.people.toLocaleString('en')} people`,
          cells: [
            num(c.render, 'ms'),
            num(c.interaction, 'ms'),
            num(c.interactionFrame, 'ms'),
            num(c.keystroke, 'ms'),
            num(c.blocking, 'ms'),
          ],
        })),
        ...(contactNodes
          ? [
              {
                label: `DOM elements with ${contactNodes.people.toLocaleString('en')} people (goal ≤ ${NODES_GOAL.toLocaleString('en')})`,
                cells: [num(contactNodes.nodes, 'count'), text(''), text(''), text(''), text('')],
              },
            ]
          : []),
      ],
      notes: [
        `Medians: load ${cm.loads} times (fresh navigation, people already stored), then ${cm.edits} edits of one person's closeness (desktop: the table's select; phone: the person sheet's radio buttons); "map updated" is when the map's SVG changes (MutationObserver); then, on desktop, ${cm.edits} key presses in that person's name field (the input event's handling, which must stay under 16 ms; the text is saved after a pause). Desktop: 1280 px viewport, no CPU throttling. Phone: 375 px viewport, 4× CPU slowdown (DevTools protocol).${turns ? ' With --compare, each checkout is measured twice, in the order a, b, b, a, and its figures are the medians of both visits.' : ''}`,
        `Load average at the start of the run: ${loadavg()
          .map((l) => l.toFixed(2))
          .join(', ')} (other processes make timings noisy).`,
        ...timings.flatMap((c) => c.errors.map((e) => `Error (${c.device}): ${e}`)),
        ...(contactNodes?.error ? [`Error (DOM count): ${contactNodes.error}`] : []),
      ],
    });
  }

  sections.push(networkSection(network));
  if (addressBook) sections.push(addressBookSection(addressBook));

  if (search) {
    const row = (label: string, values: number[]) => ({
      label,
      cells: [
        num(median(values), 'ms'),
        num(values.length ? Math.min(...values) : null, 'ms'),
        num(values.length ? Math.max(...values) : null, 'ms'),
        num(values.length, 'count'),
      ],
    });
    sections.push({
      id: 'search',
      title: `Search on ${searchPage}: last keystroke → results on screen`,
      rowHeader: 'search',
      columns: ['median', 'fastest', 'slowest', 'queries'],
      rows: [row('first search on a freshly loaded page', search.cold), row('next search on the same page', search.warm)],
      notes: [
        `Queries: ${searchQueries.join(', ')} (${search.hits.join(', ')} results), typed a key every 60 ms; no CPU or network throttling. The time includes the page's input debounce.`,
        ...(search.errors.length ? [`Failed: ${search.errors.join('; ')}`] : []),
      ],
    });
  } else if (!options.skip.has('search')) {
    sections.push({
      id: 'search',
      title: `Search on ${searchPage}: last keystroke → results on screen`,
      rowHeader: 'search',
      columns: ['median'],
      rows: [{ label: 'search', cells: [text('no search page in this build')] }],
      notes: [],
    });
  }

  const all = goals(lighthouse, scale, search, options, sitePrecache, barePath);
  all.push(...contactMapGoals(contactMap, contactMapPhone, contactNodes, lighthouse.get(CONTACT_MAP_STORED), options));
  all.push(...networkGoals(network));
  all.push(...addressBookGoals(addressBook));
  return { label, sections, goals: all };
}

const CONTACT_MAP_PATH = '/oevelser/netvaerkskort/';
/** The stored contact map's TBT run by run, for the note under the Lighthouse table (its median alone hides the spread). */
const storedTbtRuns = (s: LighthouseScores | undefined) =>
  s?.tbtRuns.length ? ` Its TBT run by run: ${s.tbtRuns.map((v) => Math.round(v).toLocaleString('en')).join(', ')} ms.` : '';
/** The Lighthouse entry for the contact map with 1,000 people in storage. */
const CONTACT_MAP_STORED = `${CONTACT_MAP_PATH}#1000-people`;
/** Goals of issue #14 for the contact map. */
const EDIT_GOAL = { desktop: 50, phone: 150 } as const;
const DRAWN_GOAL_PHONE = 1000;
const NODES_GOAL = 5000;
const STORED_SCORE_GOAL = 95;
const STORED_TBT_GOAL = 200;

function contactMapGoals(
  desktop: ContactMapTiming | null,
  phone: ContactMapTiming | null,
  nodes: { people: number; nodes: number | null } | null,
  stored: LighthouseScores | undefined,
  options: Options,
): Goal[] {
  const ms = (v: number | null) => (v === null ? 'no result' : `${Math.round(v)} ms`);
  const out: Goal[] = [];
  const at = (v: number | null, max: number) => (v === null ? null : v <= max);
  out.push({
    goal: `Contact map, 1,000 people: edit → map ≤ ${EDIT_GOAL.desktop} ms (desktop)`,
    measured: ms(desktop?.interaction ?? null),
    met: at(desktop?.interaction ?? null, EDIT_GOAL.desktop),
  });
  out.push({
    goal: `Contact map, 1,000 people: edit → map ≤ ${EDIT_GOAL.phone} ms (phone, 4× slowdown)`,
    measured: ms(phone?.interaction ?? null),
    met: at(phone?.interaction ?? null, EDIT_GOAL.phone),
  });
  out.push({
    goal: `Contact map, 1,000 people: navigation → map drawn ≤ ${DRAWN_GOAL_PHONE} ms (phone)`,
    measured: ms(phone?.render ?? null),
    met: at(phone?.render ?? null, DRAWN_GOAL_PHONE),
  });
  out.push({
    goal: `Contact map, ${(nodes?.people ?? 5000).toLocaleString('en')} people: ≤ ${NODES_GOAL.toLocaleString('en')} DOM elements`,
    measured: nodes?.nodes == null ? 'no result' : nodes.nodes.toLocaleString('en'),
    met: nodes?.nodes == null ? null : nodes.nodes <= NODES_GOAL,
  });
  const skipped = options.skip.has('lighthouse');
  out.push({
    goal: `Contact map, 1,000 people stored: Lighthouse mobile performance ≥ ${STORED_SCORE_GOAL}`,
    measured: skipped ? 'skipped' : stored?.performance == null ? 'no result' : String(Math.round(stored.performance)),
    met: skipped || stored?.performance == null ? null : stored.performance >= STORED_SCORE_GOAL,
  });
  out.push({
    goal: `Contact map, 1,000 people stored: TBT ≤ ${STORED_TBT_GOAL} ms`,
    measured: skipped ? 'skipped' : ms(stored?.tbt ?? null),
    met: skipped || stored?.tbt == null ? null : stored.tbt <= STORED_TBT_GOAL,
  });
  return out;
}

/** Goals of issue #21 for the build at 1,000 articles per language. */
export const BUILD_MS_PER_PAGE = 15;
export const PEAK_RSS_BUDGET = 1.5 * 1024 ** 3;
/**
 * Runs of the article and its bare page, and of the contact map with stored people: at least 7 each in a full run
 * (their figures differ by less than one run's spread on a busy machine), as many as asked for in a quick one.
 */
function sideBySideRuns(runs: number): number {
  return runs < 3 ? runs : Math.max(runs, 7);
}

/** The article's LCP may be at most this much above the bare page's. */
const LCP_OVER_BARE = 0.1;

/** How many builds each row combines, and Astro's time in each, when there was more than one. */
function scaleRoundsNote(label: string, scale: readonly ScaleResult[]): string[] {
  const combined = scale.filter((s) => s.astroRounds.length > 1);
  if (!combined.length) return [];
  const rounds = combined.map(
    (s) => `${s.articlesPerLanguage.toLocaleString('en')}: ${s.astroRounds.map((t) => `${t.toFixed(1)} s`).join(', ')}`,
  );
  return [
    `Each figure is the median of ${combined[0]!.astroRounds.length} builds (peak memory: the largest); with --compare, the two columns' builds took turns.`,
    `${label}: Astro's time in each build, in the order they ran: ${rounds.join('; ')}.`,
  ];
}

const buildPerPage = (s: ScaleResult) => ((s.astroSeconds + s.swSeconds) * 1000) / s.pages;

const precacheCells = (p: Precache) => [
  num(p.files, 'count'),
  num(p.bytes, 'bytes'),
  num(p.swBytes, 'bytes'),
  num(p.articleBytes, 'bytes'),
  num(p.firstVisitBytes, 'bytes'),
];

/**
 * Writes `/bench-bare/index.html` into `dist`: the `<article>` of the page at `articlePath` in a minimal document
 * (no CSS, no scripts). Returns its path, or null when the article is not in the build.
 */
function writeBarePage(dist: string, articlePath: string): string | null {
  let html: string;
  try {
    html = readFileSync(join(dist, articlePath, 'index.html'), 'utf8');
  } catch {
    return null;
  }
  const article = /<article[\s\S]*<\/article>/.exec(html)?.[0];
  if (!article) return null;
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'da';
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const body = article.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
  const path = '/bench-bare/';
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(
    join(dist, path, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main>${body}</main></body></html>`,
  );
  return path;
}

function goals(
  lighthouse: Map<string, LighthouseScores>,
  scale: ScaleResult[],
  search: SearchTiming | null,
  options: Options,
  sitePrecache: Precache | null,
  barePath: string | null,
): Goal[] {
  const out: Goal[] = [];
  const pageName = (path: string) => pageTypes.find((p) => p.path === path)?.name ?? path;
  const lh = [...lighthouse.entries()].filter(([path]) => path !== barePath && path !== CONTACT_MAP_STORED);
  const every = (
    goal: string,
    pick: (s: LighthouseScores) => number | null,
    ok: (v: number) => boolean,
    show: (v: number) => string,
    worstFirst: (a: number, b: number) => number,
  ) => {
    if (options.skip.has('lighthouse') || lh.length === 0) return out.push({ goal, measured: 'skipped', met: null });
    const values = lh.map(([path, s]) => ({ path, v: pick(s) })).filter((x): x is { path: string; v: number } => x.v !== null);
    if (values.length === 0) return out.push({ goal, measured: 'no result', met: null });
    const failing = values.filter((x) => !ok(x.v)).sort((a, b) => worstFirst(a.v, b.v));
    const worst = [...values].sort((a, b) => worstFirst(a.v, b.v))[0]!;
    out.push({
      goal,
      measured: failing.length
        ? failing.map((x) => `${pageName(x.path)} ${show(x.v)}`).join(', ')
        : `all ${values.length} pages (worst: ${pageName(worst.path)} ${show(worst.v)})`,
      met: failing.length === 0 && values.length === lh.length,
    });
  };
  const lower = (a: number, b: number) => a - b;
  const higher = (a: number, b: number) => b - a;
  every(
    'Lighthouse mobile performance 100',
    (s) => s.performance,
    (v) => v >= 100,
    (v) => String(Math.round(v)),
    lower,
  );
  every(
    'Lighthouse mobile accessibility 100',
    (s) => s.accessibility,
    (v) => v >= 100,
    (v) => String(Math.round(v)),
    lower,
  );
  every(
    'CLS 0',
    (s) => s.cls,
    (v) => v === 0,
    (v) => v.toFixed(3),
    higher,
  );
  every(
    'LCP ≤ 1.5 s',
    (s) => s.lcp,
    (v) => v <= 1500,
    (v) => `${(v / 1000).toFixed(2)} s`,
    higher,
  );

  const articlePath = pageTypes.find((p) => p.name === 'article')!.path;
  const articleLcp = lighthouse.get(articlePath)?.lcp ?? null;
  const bareLcp = barePath ? (lighthouse.get(barePath)?.lcp ?? null) : null;
  const lcpGoal = `Article LCP within ${LCP_OVER_BARE * 100} % of the bare page's`;
  if (articleLcp === null || bareLcp === null)
    out.push({ goal: lcpGoal, measured: options.skip.has('lighthouse') ? 'skipped' : 'no result', met: null });
  else
    out.push({
      goal: lcpGoal,
      measured: `${Math.round(articleLcp)} ms vs ${Math.round(bareLcp)} ms (${((articleLcp / bareLcp - 1) * 100).toFixed(1)} %)`,
      met: articleLcp <= bareLcp * (1 + LCP_OVER_BARE),
    });

  const visits = [
    ...(sitePrecache ? [{ label: 'this build', p: sitePrecache }] : []),
    ...scale.filter((s) => s.precache).map((s) => ({ label: `${s.articlesPerLanguage.toLocaleString('en')} articles`, p: s.precache! })),
  ];
  out.push({
    goal: `First visit ≤ ${formatBytes(FIRST_VISIT_BUDGET)} (precache + sw.js + an article)`,
    measured: visits.length
      ? visits.map((v) => `${v.label}: ${formatBytes(v.p.firstVisitBytes)} (${v.p.files} files)`).join('; ')
      : 'not measured',
    met: visits.length ? visits.every((v) => v.p.firstVisitBytes <= FIRST_VISIT_BUDGET) : null,
  });

  const at1000 = scale.find((s) => s.articlesPerLanguage === 1000);
  const buildGoal = `Build ≤ ${BUILD_MS_PER_PAGE} ms per page at 1,000 articles (Astro + service worker)`;
  const memoryGoal = `Build peak memory ≤ ${formatBytes(PEAK_RSS_BUDGET)} at 1,000 articles`;
  if (at1000) {
    const build = buildPerPage(at1000);
    const pf = (at1000.pagefindSeconds * 1000) / at1000.pages;
    out.push({
      goal: buildGoal,
      measured: `${build.toFixed(1)} ms (Astro ${((at1000.astroSeconds * 1000) / at1000.pages).toFixed(1)} + SW ${((at1000.swSeconds * 1000) / at1000.pages).toFixed(1)}; Pagefind ${pf.toFixed(1)} more), ${at1000.pages.toLocaleString('en')} pages`,
      met: build <= BUILD_MS_PER_PAGE,
    });
    out.push({
      goal: memoryGoal,
      measured: at1000.astroPeakRss === null ? 'not measured (no GNU time)' : `Astro ${formatBytes(at1000.astroPeakRss)}`,
      met: at1000.astroPeakRss === null ? null : at1000.astroPeakRss <= PEAK_RSS_BUDGET,
    });
  } else {
    out.push({ goal: buildGoal, measured: 'skipped', met: null });
    out.push({ goal: memoryGoal, measured: 'skipped', met: null });
  }

  const medians = search ? { cold: median(search.cold), warm: median(search.warm) } : null;
  for (const [key, label] of [
    ['warm', 'next search on the page'],
    ['cold', 'first search on a fresh page'],
  ] as const) {
    const v = medians?.[key] ?? null;
    out.push({
      goal: `Search ≤ 100 ms (median, ${label})`,
      measured: v === null ? 'skipped' : `${Math.round(v)} ms`,
      met: v === null ? null : v <= 100,
    });
  }
  return out;
}

/** The installed Lighthouse's version, for the notes. */
function lighthouseVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return '';
  }
}
