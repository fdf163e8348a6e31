/** Lighthouse with its mobile defaults (emulated phone, simulated slow 4G and 4× CPU slowdown) on Debian's Chromium. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium } from './site.ts';
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
  errors: string[];
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export interface LighthouseSession {
  /**
   * Medians of `runs` runs on one URL, each figure its own median. With `storage`, those localStorage entries are
   * written for the URL's origin first and Lighthouse keeps them (no storage reset): a page with stored data.
   */
  measure(url: string, runs: number, storage?: Record<string, string>): Promise<LighthouseScores>;
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
  await page.close();
}

/** One headless Chromium, opened with a remote-debugging port by chrome-launcher, for all Lighthouse runs. */
export async function openLighthouse(): Promise<LighthouseSession> {
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumFlags],
    logLevel: 'silent',
  });
  return {
    async measure(url, runs, storage) {
      if (storage) await writeStorage(chrome.port, url, storage);
      const samples: Omit<LighthouseScores, 'runs' | 'errors'>[] = [];
      const errors: string[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
          ...(storage ? { disableStorageReset: true } : {}),
        });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) {
          errors.push(lhr?.runtimeError?.message ?? 'no result');
          continue;
        }
        const score = (id: string) => (typeof lhr.categories[id]?.score === 'number' ? lhr.categories[id].score * 100 : null);
        const value = (id: string) => lhr.audits[id]?.numericValue ?? null;
        samples.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcp: value('largest-contentful-paint'),
          tbt: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
        });
      }
      const m = (key: keyof (typeof samples)[number]) => median(samples.map((s) => s[key]));
      return {
        runs: samples.length,
        performance: m('performance'),
        accessibility: m('accessibility'),
        bestPractices: m('bestPractices'),
        seo: m('seo'),
        lcp: m('lcp'),
        tbt: m('tbt'),
        cls: m('cls'),
        errors,
      };
    },
    async close() {
      chrome.kill();
    },
  };
}
