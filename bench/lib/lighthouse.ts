/** Lighthouse with its mobile defaults (emulated phone, simulated slow 4G and 4× CPU slowdown) on Debian's Chromium. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium } from './site.ts';
import { serviceWorkerReady } from './service-worker-ready.ts';
import { median } from './stats.ts';

export interface LighthouseScores {
  runs: number;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Milliseconds. */
  lcp: number | null;
  /** Milliseconds. */
  tbt: number | null;
  cls: number | null;
  /** Each run's TBT in milliseconds, in the order they ran: blocking time varies from run to run far more than the rest. */
  tbtRuns: number[];
  errors: string[];
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export interface LighthouseSession {
  /**
   * Medians of `runs` runs on one URL, each figure its own median. With `storage`, those localStorage entries are
   * written for the URL's origin first and Lighthouse keeps them (no storage reset): a page with stored data.
   */
  measure(url: string, runs: number, storage?: Record<string, string>): Promise<LighthouseScores>;
  /**
   * Medians of `runs` runs on each URL, the URLs taking turns: for figures that are compared with each other. With
   * `storage`, as for `measure`, written for each URL's origin.
   */
  measureInTurns(urls: string[], runs: number, storage?: Record<string, string>): Promise<Map<string, LighthouseScores>>;
  close(): Promise<void>;
}

/** Write localStorage entries for the origin of `url` in the Chromium on `port`, through the DevTools protocol. */
async function writeStorage(port: number, url: string, storage: Record<string, string>): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = await context.newPage();
  await page.goto(new URL('/', url).href);
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, storage);
  // A reader with data stored has been here before: their site's service worker is installed and its offline copy
  // downloaded. Without this wait the first run measured the page while the worker downloaded 3 MB on the same cores
  // (a probe, contact map with 1,000 people: that run's TBT 1,089 ms and score 77; the two after it 239 and 249 ms).
  await serviceWorkerReady(page);
  await page.close();
}

type Sample = Omit<LighthouseScores, 'runs' | 'errors' | 'tbtRuns'>;

/** The medians of `samples`, each figure its own median. */
function summarise(samples: Sample[], errors: string[]): LighthouseScores {
  const m = (key: keyof Sample) => median(samples.map((s) => s[key]));
  return {
    runs: samples.length,
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    lcp: m('lcp'),
    tbt: m('tbt'),
    cls: m('cls'),
    tbtRuns: samples.flatMap((s) => (s.tbt === null ? [] : [s.tbt])),
    errors,
  };
}

/** One headless Chromium, opened with a remote-debugging port by chrome-launcher, for all Lighthouse runs. */
export async function openLighthouse(): Promise<LighthouseSession> {
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumFlags],
    logLevel: 'silent',
  });
  /** One Lighthouse run on `url`: its figures, or the reason it gave none. */
  async function sample(url: string, keepStorage: boolean): Promise<Sample | string> {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      ...(keepStorage ? { disableStorageReset: true } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) return lhr?.runtimeError?.message ?? 'no result';
    const score = (id: string) => (typeof lhr.categories[id]?.score === 'number' ? lhr.categories[id].score * 100 : null);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? null;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
    };
  }
  /** Runs each URL `runs` times, taking turns (a, b, a, b, …), so that a slow spell on the machine hits all alike. */
  async function inTurns(urls: string[], runs: number, storage?: Record<string, string>) {
    const samples = urls.map((): Sample[] => []);
    const errors = urls.map((): string[] => []);
    if (storage) for (const url of urls) await writeStorage(chrome.port, url, storage);
    for (let i = 0; i < runs; i++) {
      for (const [j, url] of urls.entries()) {
        const got = await sample(url, storage !== undefined);
        if (typeof got === 'string') errors[j]!.push(got);
        else samples[j]!.push(got);
      }
    }
    return new Map(urls.map((url, j) => [url, summarise(samples[j]!, errors[j]!)]));
  }
  return {
    async measure(url, runs, storage) {
      return (await inTurns([url], runs, storage)).get(url)!;
    },
    async measureInTurns(urls, runs, storage) {
      return inTurns(urls, runs, storage);
    },
    async close() {
      chrome.kill();
    },
  };
}
