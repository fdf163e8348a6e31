import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { builtHtml, builtPages } from './built-pages';

const pages = builtPages();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every built page', () => {
  it('finds all pages of both languages', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/en/');
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  for (const path of pages) {
    it(`${path} loads without errors, stays on this origin and passes axe (WCAG 2.2 AA) in light and dark`, async () => {
      const report: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme });
        const { page, problems } = await watchedPage(context);
        const expected404 = path.endsWith('404.html') || path.endsWith('/404/');
        const response = await page.goto(baseURL() + path, { waitUntil: 'load' });
        if (!expected404) expect(response?.status(), path).toBe(200);
        await page.waitForLoadState('networkidle');
        report.push(...problems.map((p) => `${colorScheme}: ${p}`));
        report.push(...(await axeViolations(page)).map((v) => `${colorScheme}: ${v}`));
        await context.close();
      }
      expect(report).toEqual([]);
    });
  }
});

describe('language', () => {
  it('never scrolls sideways on a 320 px phone', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(baseURL() + path, { waitUntil: 'networkidle' });
      const w = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (w[0]! > w[1]!) wide.push(`${path}: ${w[0]} px wide`);
    }
    expect(wide).toEqual([]);
    await context.close();
    // Every page, each until the network is quiet (at least 0.5 s a page): over a minute on a busy two-core machine.
  }, 240_000);

  it('has the right <html lang> on every page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(baseURL() + path);
      expect(await page.getAttribute('html', 'lang'), path).toBe(path.startsWith('/en/') ? 'en' : 'da');
    }
    await context.close();
  });

  it('switches from a Danish article to the same article in English and back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL()}/artikler/relationer-ikke-visitkort/`);
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL('**/en/articles/relationships-not-business-cards/');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Læs denne side på dansk' }).click();
    await page.waitForURL('**/artikler/relationer-ikke-visitkort/');
    await context.close();
  });

  it('links every page to its own translation, which exists', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(baseURL() + path);
      const switchHref = await page.locator('a.lang-switch').getAttribute('href');
      const target = new URL(switchHref!, baseURL()).pathname;
      const lang = path.startsWith('/en/') ? 'da' : 'en';
      const alternate = await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href');
      expect(new URL(alternate!).pathname, path).toBe(target);
      expect(pages, `${path} → ${target}`).toContain(target);
      // Only the home pages (and the 404 pages) switch to a home page; every other page has its own translation.
      if (!/404/.test(path)) expect(['/', '/en/'].includes(target), `${path} → ${target}`).toBe(['/', '/en/'].includes(path));
    }
    await context.close();
  });
});

describe('search', () => {
  for (const l of [
    { lang: 'da', search: '/soeg/', articles: '/artikler/' },
    { lang: 'en', search: '/en/search/', articles: '/en/articles/' },
  ]) {
    it(`finds every ${l.lang} article by the longest word of its title`, async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + l.search);
      const articles = pages.filter((p) => p.startsWith(l.articles) && p !== l.articles);
      expect(articles.length).toBeGreaterThan(0);
      const missed: string[] = [];
      for (const path of articles) {
        const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(builtHtml(path))![1]!;
        const word = title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
        // A string, so the test runner does not rewrite the page's own dynamic import.
        const found: string[] = await page.evaluate(`(async (query) => {
          const pagefind = await import(location.origin + '/pagefind/pagefind.js');
          const search = await pagefind.search(query);
          const hits = await Promise.all(search.results.map((r) => r.data()));
          return hits.map((h) => new URL(h.url, location.origin).pathname);
        })(${JSON.stringify(word)})`);
        if (!found.includes(path)) missed.push(`${path} for "${word}"`);
      }
      expect(missed).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  const cases = [
    { path: '/soeg/', query: 'visitkort', expected: '/artikler/relationer-ikke-visitkort/' },
    { path: '/en/search/', query: 'business cards', expected: '/en/articles/relationships-not-business-cards/' },
  ];
  for (const c of cases) {
    it(`finds the business-card article for "${c.query}" on ${c.path}`, async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + c.path);
      // Pagefind's code is not loaded until the reader searches.
      const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(before.some((u) => u.includes('/pagefind/'))).toBe(false);
      await page.getByRole('searchbox').fill(c.query);
      await expect
        .poll(() =>
          page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
        )
        .toContain(c.expected);
      await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/\d/);
      expect(await page.locator('[data-search-results]').getByRole('listitem').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('runs a search from the header field of any page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL()}/artikler/`);
    await page.getByRole('searchbox', { name: 'Søg på siden' }).fill('visitkort');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/soeg/?q=visitkort');
    await expect
      .poll(() => page.locator('[data-search-results] a').first().getAttribute('href'))
      .toContain('/artikler/relationer-ikke-visitkort/');
    await context.close();
  });
});
