import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../bench/lib/site.ts';
import { fill } from '../../src/i18n/fill';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { groupStrings } from '../../src/i18n/islands/group';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { axeViolations, launch, launchProfile, watchedPage } from './browser';
import { builtPages, distDir } from './built-pages';

/** Scroll to the map (it is drawn when the reader gets there); its heading is replaced once the map's code has loaded, so try again until it holds. */
async function toMap(page: import('playwright-core').Page): Promise<void> {
  await expect
    .poll(() =>
      page
        .locator('#cm-map-heading')
        .scrollIntoViewIfNeeded({ timeout: 1000 })
        .then(() => page.locator('svg.cm-map').count())
        .catch(() => 0),
    )
    .toBe(1);
}

/**
 * Offline use, against a copy of the build on its own server and origin: the update test deploys a new
 * version into the copy, and the service worker's state never mixes with the other browser tests.
 */
let browser: Browser;
let preview: Preview;
let copy: string;
beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'offline-dist-'));
  cpSync(distDir, copy, { recursive: true });
  [browser, preview] = await Promise.all([launch(), startPreview(join(import.meta.dirname, '../..'), copy)]);
});
afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  rmSync(copy, { recursive: true, force: true });
});

const url = (path: string) => preview.url + path;
/** Articles and the article indexes: cached when read, not on the first visit. */
const isArticleOrIndex = (path: string) => /^\/(en\/articles|artikler)\//.test(path);

/** Open one page, and wait until the service worker has precached the site and controls the page. */
async function visitOnce(context: BrowserContext, path = '/'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url(path));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  return page;
}

describe('offline, after one visit', () => {
  it('(control) cannot open a page offline without the service worker, so the tests below prove something', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url('/'));
    await context.setOffline(true);
    await expect(page.goto(url('/artikler/'))).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.close();
  });

  it('opens every page but the articles with no connection, unvisited: exercises, workshop kit, handouts, My data, search, 404', async () => {
    const context = await browser.newContext();
    await visitOnce(context);
    await context.setOffline(true);
    const { page, problems } = await watchedPage(context, preview.url);
    const broken: string[] = [];
    const pages = builtPages().filter((p) => !isArticleOrIndex(p));
    expect(pages).toEqual(
      expect.arrayContaining([
        '/oevelser/netvaerkskort/',
        '/en/workshop/',
        '/workshop/kopiark/',
        '/en/workshop/handouts/',
        '/mine-data/',
        '/en/404/',
      ]),
    );
    for (const path of pages) {
      const response = await page.goto(url(path), { waitUntil: 'networkidle' }).catch((e: Error) => e);
      if (response instanceof Error) broken.push(`${path}: ${response.message.split('\n')[0]}`);
      else if (!response?.ok() && !/404/.test(path)) broken.push(`${path}: HTTP ${response?.status()}`);
      else if ((await page.locator('h1').count()) !== 1) broken.push(`${path}: no <h1>`);
    }
    expect(broken).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
    // Every page but the articles, each until the network is quiet: most of a minute on a busy two-core machine.
  }, 180_000);

  it('opens the articles a reader has read, the first page of the visit included, and no other', async () => {
    const context = await browser.newContext();
    const first = '/artikler/relationer-ikke-visitkort/';
    const page = await visitOnce(context, first);
    // The worker caches the page it arrived on once it is ready.
    await expect
      .poll(() => page.evaluate((u) => caches.match(u, { ignoreSearch: true }).then((r) => r !== undefined), url(first)))
      .toBe(true);
    await page.goto(url('/en/articles/'));
    await page.goto(url('/en/articles/relationships-not-business-cards/'));
    await context.setOffline(true);
    for (const [path, title] of [
      [first, 'Relationer, ikke visitkort'],
      ['/en/articles/', 'Articles'],
      ['/en/articles/relationships-not-business-cards/', 'Relationships, not business cards'],
    ] as const) {
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    }
    // An article nobody opened is not on the device: the 404 page says so.
    const unread = await page.goto(url('/artikler/dit-netvaerk-er-stoerre/'));
    expect(unread?.status()).toBe(404);
    await context.close();
  });

  it('keeps every article offline when the reader asks, after saying how much it downloads', async () => {
    const list = JSON.parse(readFileSync(join(copy, 'offline-articles.json'), 'utf8')) as { bytes: number; files: { url: string }[] };
    const context = await browser.newContext();
    await visitOnce(context, '/en/');
    const { page, problems } = await watchedPage(context, preview.url);
    await page.goto(url('/en/my-data/'));
    const section = page.getByRole('region', { name: 'Articles without a connection' });
    expect(await section.textContent()).toContain(`It is ${(list.bytes / 1024 / 1024).toFixed(1)} MB.`);
    await section.getByRole('button', { name: 'Keep all articles offline' }).click();
    await expect
      .poll(() => section.getByRole('status').textContent(), { timeout: 30_000 })
      .toContain(`All articles are kept on this device (${list.files.length} files)`);

    await context.setOffline(true);
    const articles = builtPages().filter(isArticleOrIndex);
    expect(articles.length).toBeGreaterThan(4);
    const broken: string[] = [];
    for (const path of articles) {
      const response = await page.goto(url(path)).catch((e: Error) => e);
      if (response instanceof Error || !response?.ok())
        broken.push(`${path}: ${response instanceof Error ? response.message.split('\n')[0] : response?.status()}`);
      else if ((await page.locator('h1').count()) !== 1) broken.push(`${path}: no <h1>`);
    }
    expect(broken).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the site's own 404 page in the right language for an address it does not hold", async () => {
    const context = await browser.newContext();
    await visitOnce(context);
    await context.setOffline(true);
    const page = await context.newPage();
    for (const c of [
      { path: '/findes-ikke/', lang: 'da', title: 'Siden findes ikke' },
      { path: '/artikler/ingen-saadan-artikel/', lang: 'da', title: 'Siden findes ikke' },
      { path: '/en/no-such-page/', lang: 'en', title: 'Page not found' },
    ]) {
      const response = await page.goto(url(c.path));
      expect(response?.status(), c.path).toBe(404);
      expect(await page.locator('html').getAttribute('lang')).toBe(c.lang);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(c.title);
      expect(new URL(page.url()).pathname).toBe(c.path);
    }
    await context.close();
  });

  it('searches, in both languages, with no connection', async () => {
    const context = await browser.newContext();
    await visitOnce(context, '/artikler/');
    await context.setOffline(true);
    const { page, problems } = await watchedPage(context, preview.url);
    for (const c of [
      { path: '/soeg/?q=visitkort', expected: '/artikler/relationer-ikke-visitkort/' },
      { path: '/en/search/?q=business+cards', expected: '/en/articles/relationships-not-business-cards/' },
    ]) {
      await page.goto(url(c.path));
      await expect
        .poll(() =>
          page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
        )
        .toContain(c.expected);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs the exercises with no connection and keeps answers after a reload', async () => {
    const context = await browser.newContext();
    await visitOnce(context, '/en/');
    await (await context.newPage()).goto(url('/artikler/dit-netvaerk-er-stoerre/'));
    await context.setOffline(true);
    const { page, problems } = await watchedPage(context, preview.url);

    // The quiz: answer the first question, reload, the answer is still there.
    await page.goto(url('/oevelser/hvad-vil-du/'));
    await expect.poll(() => page.getByRole('radio').first().isEnabled(), { timeout: 10_000 }).toBe(true);
    await page.getByRole('radio').nth(2).check();
    await page.reload();
    await expect.poll(() => page.getByRole('radio').nth(2).isChecked()).toBe(true);

    // The group worksheet: create one, write the purpose, reload.
    const s = groupStrings.da;
    await page.goto(url('/oevelser/gruppens-formaal/'));
    await expect.poll(() => page.getByLabel(s.newName, { exact: true }).isEnabled(), { timeout: 10_000 }).toBe(true);
    await page.getByLabel(s.newName, { exact: true }).fill('Offline-gruppen');
    await page.getByRole('button', { name: s.create }).click();
    await page.getByLabel(s.fields.text, { exact: true }).fill('Vi lærer af hinanden.');
    await page.reload();
    await expect
      .poll(() =>
        page
          .getByLabel(s.fields.text, { exact: true })
          .inputValue()
          .catch(() => ''),
      )
      .toBe('Vi lærer af hinanden.');

    // The contact map: add a person (its schema and parsers load by dynamic import), reload.
    const c = contactStrings.da;
    await page.goto(url('/oevelser/netvaerkskort/'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Netværkskort');
    await expect.poll(() => page.getByLabel(c.recallName, { exact: true }).isEnabled(), { timeout: 10_000 }).toBe(true);
    await page.getByLabel(c.recallName, { exact: true }).fill('Offline-Ole');
    await page.getByLabel(c.recallName, { exact: true }).press('Enter');
    await page.reload();
    // The map (its code loads by dynamic import) is drawn when the reader gets to it.
    await toMap(page);
    await expect
      .poll(
        () =>
          page
            .getByRole('group', { name: fill(c.mapLabel, { n: 1 }) })
            .getByRole('button')
            .count(),
        { timeout: 10_000 },
      )
      .toBe(1);

    // An article read before going offline opens too, and my results show all three exercises' answers.
    await page.goto(url('/artikler/dit-netvaerk-er-stoerre/'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dit netværk er større, end du tror');
    await page.goto(url('/mine-data/resultater/'));
    await expect.poll(() => page.getByRole('heading', { name: 'Offline-gruppen' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('cell', { name: 'Offline-Ole' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  // The article index stands for the article pages, which add their manifest link only after they have loaded.
  it('is installable: manifest, icons and a service worker with a fetch handler (from the home page and an article page)', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'offline-profile-'));
    const context = await launchProfile(profile);
    for (const path of ['/', '/artikler/']) {
      const page = await visitOnce(context, path);
      const cdp = await context.newCDPSession(page);
      await expect.poll(async () => (await cdp.send('Page.getAppManifest')).url, { timeout: 10_000 }).toMatch(/\/manifest\.webmanifest$/);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors, path).toEqual([]);
      const { errors } = await cdp.send('Page.getAppManifest');
      expect(errors, path).toEqual([]);
    }
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
});

describe('a new version', () => {
  it('is offered with a quiet prompt that the keyboard reaches, and Reload shows it', async () => {
    const context = await browser.newContext();
    await visitOnce(context);
    const { page, problems } = await watchedPage(context, preview.url);
    await page.goto(url('/'));

    // Deploy: change the home page and rebuild the service worker, as `astro build` would.
    const home = join(copy, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', ' (ny udgave)</h1>'));
    await writeServiceWorker(copy);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const prompt = page.getByRole('status').filter({ hasText: 'Der er en ny udgave af siden.' });
    await expect.poll(() => prompt.isVisible(), { timeout: 30_000 }).toBe(true);
    // Nothing moved the reader's focus; the buttons come right after the footer's links.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.getByRole('contentinfo').getByRole('link').last().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Genindlæs');
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('(ny udgave)');
    expect(await prompt.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});
