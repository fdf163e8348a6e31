import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { fill } from '../../src/i18n/fill';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { CONTACT_MAP_KEY, seededContext, startScrolling, toMap } from './contact-map-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages = [
  { lang: 'da', path: '/oevelser/netvaerkskort/', results: '/mine-data/resultater/', myData: '/mine-data/' },
  { lang: 'en', path: '/en/exercises/contact-map/', results: '/en/my-data/results/', myData: '/en/my-data/' },
] as const;

const contexts = [
  'colleagues',
  'formerColleagues',
  'customers',
  'partners',
  'education',
  'events',
  'friends',
  'family',
  'leisure',
  'online',
];
const closeness = ['close', 'regular', 'occasional', 'dormant', null];
const roleIds = ['information', 'goBetween', 'access'] as const;

interface Seeded {
  id: string;
  name: string;
  roles: string[];
  connector: boolean;
}

/**
 * A stored map of `total` people: the first `rated` have a role (or are connectors), the rest are like an
 * unrated import, most of them "online". `long` puts a 120-character word in every text field of the first person.
 */
function storedMap(total: number, rated: number, long = false): { json: string; people: Seeded[] } {
  const word = (ch: string) => ch.repeat(120);
  const people: Record<string, unknown> = {};
  const list: Seeded[] = [];
  for (let i = 0; i < total; i++) {
    const id = `t${i}`;
    const isRated = i < rated;
    const person = {
      id,
      name: long && i === 0 ? word('W') : `${isRated ? 'Rated' : 'Import'} Person ${i}`,
      contexts: isRated ? [contexts[i % contexts.length]] : i % 3 ? ['online'] : [contexts[i % contexts.length]],
      closeness: closeness[i % closeness.length],
      roles: isRated && i % 4 !== 3 ? [roleIds[i % 3]] : [],
      connector: isRated && i % 4 === 3,
      peer: false,
      lastContact: null,
      nextStep: long && i === 0 ? word('n') : '',
      notes: long && i === 0 ? word('m') : '',
      organisation: long && i === 0 ? word('o') : '',
      position: long && i === 0 ? word('p') : '',
      updatedAt: '2026-11-01T12:00:00.000Z',
    };
    people[id] = person;
    list.push(person);
  }
  const goal = { kind: 'own', text: long ? word('g') : 'Et nyt job', purpose: null };
  const data = { goal, people, order: list.map((p) => p.id) };
  return { json: JSON.stringify({ kind: 'contactMap', version: 1, savedAt: '2026-11-01T12:00:00.000Z', data }), people: list };
}

const seeded = (width: number, json: string, height = 900): Promise<BrowserContext> =>
  seededContext(browser, { [CONTACT_MAP_KEY]: json }, { viewport: { width, height } });

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const p of pages) {
  const s = contactStrings[p.lang];
  const map = (page: Page) => page.locator('svg.cm-map');

  describe(`contact map at real size (${p.lang})`, () => {
    it('names every rated person among 200, counts the others, lists only drawn shapes, and filters map and table alike', async () => {
      const { json, people } = storedMap(200, 24);
      // A short window, so the map starts well over a screen below it (at 900 px high it sat within a few
      // pixels of the one-screen margin while the page above it was still growing, and was drawn early once).
      const context = await seeded(1280, json, 600);
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      // The map is drawn when the reader gets to it: not before (checked once the island has its data).
      await startScrolling(page);
      await expect.poll(() => page.locator('#cm-import').isEnabled()).toBe(true);
      await page.waitForTimeout(1000);
      expect(await page.locator('#cm-map-heading').evaluate((h) => h.getBoundingClientRect().top > 2 * innerHeight)).toBe(true);
      expect(await map(page).getByRole('button').count()).toBe(0);
      await toMap(page);
      const markers = map(page).getByRole('button');
      await expect.poll(() => markers.count(), { timeout: 15_000 }).toBeGreaterThan(0);

      // Everyone with a role or marked connector is named on the map.
      const rated = people.filter((x) => x.roles.length > 0 || x.connector);
      const labels = await markers.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
      for (const person of rated)
        expect(
          labels.some((l) => l.startsWith(`${person.name}:`)),
          person.name,
        ).toBe(true);
      expect(await page.getByText(fill(s.mapMixedNote, { counted: 200 - labels.length })).count()).toBe(1);

      // The legend lists exactly the shapes the map draws.
      const drawnKinds = await map(page).evaluate((svg) => {
        const kinds = new Set<string>();
        // Each kind of marker is one path; the labels say whose marker has which kind.
        for (const m of svg.querySelectorAll('.cm-marker')) kinds.add([...m.classList].find((c) => c.startsWith('cm-marker--'))!.slice(11));
        const labelled = new Set([...svg.querySelectorAll('[data-kind]')].map((el) => el.getAttribute('data-kind')));
        if ([...kinds].some((k) => !labelled.has(k))) kinds.add('a shape nobody has');
        if (svg.querySelector('.cm-connector')) kinds.add('connector');
        if (svg.querySelector('.cm-count')) kinds.add('count');
        return [...kinds].sort();
      });
      const legendKinds = await page.locator('.cm-legend li').evaluateAll((els) => els.map((el) => el.getAttribute('data-legend')).sort());
      expect(legendKinds).toEqual(drawnKinds);
      expect(drawnKinds).toContain('count');

      // At 1280 px the table needs no sideways scrolling.
      const table = page.locator('.cm-table-scroll');
      expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      expect(await pageWidth(page)).toBeLessThanOrEqual(1280);

      // Choosing someone on the map shows their card in view, with focus on it.
      const chosen = rated[5]!;
      await markers.and(page.getByRole('button', { name: new RegExp(`^${chosen.name}:`) })).click();
      const card = page.getByRole('region', { name: fill(s.selected, { name: chosen.name }) });
      await expect.poll(() => card.isVisible()).toBe(true);
      const box = (await card.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(900);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cm-selected-name');
      expect(await axeViolations(page)).toEqual([]);

      // The markers are shared paths: a click on someone's marker, not their name, chooses them too.
      const other = rated[6]!;
      const label = markers.and(page.getByRole('button', { name: new RegExp(`^${other.name}:`) }));
      const at = await label.evaluate((el) => {
        const text = el as SVGTextElement;
        const size = Number(text.getAttribute('font-size'));
        // The marker sits a marker's radius (6) and a quarter of the font size before the label's anchor, on its middle.
        const offset = 6 + 0.25 * size;
        const x = Number(text.getAttribute('x')) + (text.getAttribute('text-anchor') === 'end' ? offset : -offset);
        const y = Number(text.getAttribute('y')) - 0.35 * size;
        const p = new DOMPoint(x, y).matrixTransform(text.ownerSVGElement!.getScreenCTM()!);
        return { x: p.x, y: p.y };
      });
      await page.mouse.click(at.x, at.y);
      await expect.poll(() => page.getByRole('region', { name: fill(s.selected, { name: other.name }) }).isVisible()).toBe(true);

      // One filter for both: only people with a role leaves the rated on the map and in the table.
      await page.getByLabel(s.filterWithRole).check();
      await expect.poll(() => markers.count()).toBe(rated.length);
      expect(await page.locator('.cm-table caption').textContent()).toBe(fill(s.tableCaption, { shown: rated.length, total: 200 }));
      expect(await page.locator('.cm-count').count()).toBe(0);
      expect(await page.locator('.cm-legend li[data-legend="count"]').count()).toBe(0);
      await page.getByLabel(s.filterText).fill(rated[7]!.name);
      await expect.poll(() => markers.count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('lands a phone reader who follows a link to the map on the drawn map, with 200 people above it', async () => {
      const { json } = storedMap(200, 24);
      const context = await seededContext(
        browser,
        { [CONTACT_MAP_KEY]: json },
        { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true },
      );
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path + '#cm-map-heading');
      await expect.poll(() => map(page).getByRole('button').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      // The sections above have filled with the stored people by now; the map's heading is still where the reader is.
      await expect
        .poll(() => page.locator('#cm-map-heading').evaluate((h) => Math.round(h.getBoundingClientRect().top)))
        .toSatisfy((top: number) => top >= 0 && top < 100);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('keeps a 120-character word inside a 320 px screen on every page that shows it', async () => {
      const { json } = storedMap(12, 6, true);
      const context = await seeded(320, json);
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await startScrolling(page);
      await expect.poll(() => page.locator('.cm-card').count(), { timeout: 15_000 }).toBe(12);
      await toMap(page);
      await expect.poll(() => map(page).getByRole('button').count()).toBeGreaterThan(0);
      expect(await pageWidth(page)).toBeLessThanOrEqual(320);
      // The map cuts the label; the marker's accessible name has the whole name.
      const long = map(page).getByRole('button', { name: new RegExp(`^${'W'.repeat(120)}:`) });
      expect(await long.count()).toBe(1);
      expect((await long.textContent())!.length).toBeLessThan(20);
      await page.locator('.cm-card').first().click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
      expect(await pageWidth(page)).toBeLessThanOrEqual(320);
      expect(await page.getByRole('dialog').evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: s.sheetClose, exact: true }).click();
      await page.emulateMedia({ media: 'print' });
      expect(await pageWidth(page)).toBeLessThanOrEqual(320);
      await page.emulateMedia({ media: 'screen' });
      for (const path of [p.results, p.myData]) {
        await page.goto(baseURL() + path);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        expect(await pageWidth(page), path).toBeLessThanOrEqual(320);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
