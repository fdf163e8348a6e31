import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../src/i18n/dates';
import { fill } from '../../src/i18n/fill';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { SNAPSHOT_LIMIT } from '../../src/lib/contacts/snapshots/types';
import { emptyDraft } from '../../src/lib/contacts/types';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { CONTACT_MAP_KEY, contactMapPages, seededContext, toMap } from './contact-map-page';
import { fillStorage, freeStorage } from './fill-storage';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages = contactMapPages;

const SNAPSHOTS_KEY = 'netvaerkskompasset:contactSnapshots';
const GOAL = 'Projektleder i en grøn virksomhed';
const names = ['Karoline Bechmann', 'Viggo Lindqvist', 'Henrietta Ørsted', 'Sigurd Falkenberg', 'Ottilie Brandstrup', 'Leopold Wessel'];
const contexts = ['colleagues', 'friends', 'customers', 'family', 'events', 'online'];

/** A stored map of the six people above (format version 2), the first one dormant. */
function storedMap() {
  const people = Object.fromEntries(
    names.map((name, i) => [
      `p${i}`,
      {
        ...emptyDraft(name),
        id: `p${i}`,
        contexts: [contexts[i]],
        closeness: i === 0 ? 'dormant' : 'regular',
        roles: i === 1 ? ['information'] : [],
        connector: i === 2,
        updatedAt: '2026-11-01T12:00:00.000Z',
      },
    ]),
  );
  const data = { goal: { kind: 'own', text: GOAL, purpose: null }, people, order: Object.keys(people), ties: [['p0', 'p1']] };
  return { kind: 'contactMap', version: 2, savedAt: '2026-11-01T12:00:00.000Z', data };
}

const seeded = (width: number, values: Record<string, string>): Promise<BrowserContext> =>
  seededContext(browser, values, { viewport: { width, height: 900 }, acceptDownloads: true });

async function fileOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  return readFile(path);
}

const viewBoxOf = (svg: string) => {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : null;
};

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const p of pages) {
  const s = contactStrings[p.lang];
  const today = () => new Date().toISOString().slice(0, 10);
  /** The page at `width` with `values` stored, once its button to save a snapshot can be used. */
  const openAtSnapshots = async (width: number, values: Record<string, string>) => {
    const context = await seeded(width, values);
    const { page, problems } = await watchedPage(context);
    await page.goto(baseURL() + p.path);
    const save = page.getByRole('button', { name: s.snapshots.save });
    await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true);
    return { context, page, problems, save };
  };

  describe(`the map as a picture, and change over time (${p.lang})`, () => {
    it('downloads the map as SVG and as PNG at twice its size, with the goal, and with initials when asked', async () => {
      const context = await seeded(1280, { [CONTACT_MAP_KEY]: JSON.stringify(storedMap()) });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await toMap(page, names.length);
      const map = await page.locator('svg.cm-map').evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
      const download = async (button: string) => {
        const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
        return file;
      };

      const svgFile = await download(s.picture.svg);
      expect(svgFile.suggestedFilename()).toMatch(/^netvaerkskompasset-(netvaerkskort|contact-map)-\d{4}-\d{2}-\d{2}\.svg$/);
      const svg = (await fileOf(svgFile)).toString('utf8');
      expect(svg).toContain(fill(s.picture.goal, { goal: GOAL }));
      expect(svg).toContain(s.picture.fileTitle);
      // The people as the map labels them (a long name is cut there, and so in the picture).
      const labels = await page.locator('svg.cm-map text[data-id]').allTextContents();
      for (const label of labels) expect(svg).toContain(`>${label}<`);
      for (const name of names) expect(svg).toContain(name.split(' ')[0]);
      const box = viewBoxOf(svg)!;
      expect(box.width).toBe(map);

      const pngFile = await download(s.picture.png);
      expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
      const png = PNG.sync.read(await fileOf(pngFile));
      expect(png.width).toBe(Math.round(2 * box.width));
      expect(png.height).toBe(Math.round(2 * box.height));
      // Drawn, not blank: the corner is the white background, the middle is the map's "you" in the accent colour.
      const at = (x: number, y: number) => png.data.subarray(4 * (y * png.width + x), 4 * (y * png.width + x) + 4);
      expect([...at(1, 1)]).toEqual([255, 255, 255, 255]);
      expect(new Set(png.data).size).toBeGreaterThan(10);

      await page.getByLabel(s.picture.initials).check();
      const shared = (await fileOf(await download(s.picture.svg))).toString('utf8');
      for (const name of names) for (const word of name.split(' ')) expect(shared).not.toContain(word);
      expect(shared).toContain('>KB<');
      expect(shared).toContain(fill(s.picture.goal, { goal: GOAL }));
      expect(await page.getByRole('status').filter({ hasText: svgFile.suggestedFilename() }).count()).toBe(1);

      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('saves two snapshots, names what changed between them, and prints the comparison (375 px)', async () => {
      const { context, page, problems, save } = await openAtSnapshots(375, { [CONTACT_MAP_KEY]: JSON.stringify(storedMap()) });
      await save.click();
      const date = formatDay(today(), p.lang);
      await expect.poll(() => page.getByText(fill(s.snapshots.saved, { date })).count()).toBe(1);
      expect(await page.getByText(s.snapshots.compareNeedsTwo).count()).toBe(1);

      // Between the two: Karoline comes closer from dormant, Viggo becomes a door-opener, Leopold leaves, Agnete joins.
      await page.evaluate((key) => {
        const stored = JSON.parse(localStorage.getItem(key)!);
        const { people, order } = stored.data;
        people.p0.closeness = 'close';
        people.p1.roles = ['information', 'access'];
        delete people.p5;
        order.splice(order.indexOf('p5'), 1);
        people.p6 = { ...people.p4, id: 'p6', name: 'Agnete Thorsø' };
        order.push('p6');
        localStorage.setItem(key, JSON.stringify(stored));
      }, CONTACT_MAP_KEY);
      await page.reload();
      await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true);
      await save.click();
      const comparison = page.locator('.cm-comparison');
      await expect.poll(() => comparison.count()).toBe(1);
      expect(await comparison.getByRole('heading', { level: 4 }).textContent()).toBe(
        fill(s.snapshots.resultTitle, { from: date, to: date }),
      );
      const group = (key: string) => comparison.locator(`[data-change="${key}"] li`).allTextContents();
      expect(await group('added')).toEqual(['Agnete Thorsø']);
      expect(await group('removed')).toEqual(['Leopold Wessel']);
      expect(await group('closer')).toEqual([
        fill(s.snapshots.move, { name: 'Karoline Bechmann', from: s.closeness.dormant.toLowerCase(), to: s.closeness.close.toLowerCase() }),
      ]);
      expect(await group('revived')).toEqual(['Karoline Bechmann']);
      expect(await group('gained')).toEqual([fill(s.snapshots.roleList, { name: 'Viggo Lindqvist', roles: s.roles.access.toLowerCase() })]);
      const perPerson = await comparison.locator('.cm-comparison__people li').allTextContents();
      expect(perPerson).toHaveLength(4);
      expect(perPerson.find((t) => t.startsWith('Agnete Thorsø'))).toBe(`Agnete Thorsø: ${s.snapshots.changeAdded}`);
      // The map after rings the three of them still on it (Leopold has left it).
      const ringed = await comparison.locator('.cm-change-ring').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')).sort());
      expect(ringed).toEqual(['p0', 'p1', 'p6']);

      // Swapping the two shows the change the other way round.
      await page.getByLabel(s.snapshots.earlier, { exact: true }).selectOption({ index: 1 });
      await page.getByLabel(s.snapshots.later, { exact: true }).selectOption({ index: 0 });
      await expect.poll(() => group('added')).toEqual(['Leopold Wessel']);

      expect(await pageWidth(page)).toBeLessThanOrEqual(375);
      expect(await axeViolations(page)).toEqual([]);

      // Printed: the comparison, without the buttons and lists around it.
      await page.emulateMedia({ media: 'print' });
      expect(await comparison.isVisible()).toBe(true);
      expect(await save.isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: s.snapshots.delete }).first().isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      expect(problems).toEqual([]);
      await context.close();
    });

    it('says a snapshot was not saved when the browser’s storage is full, and saves it once there is room', async () => {
      const { context, page, problems, save } = await openAtSnapshots(1280, { [CONTACT_MAP_KEY]: JSON.stringify(storedMap()) });
      await fillStorage(page);
      await save.click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: s.snapshots.noRoom }).count()).toBe(1);
      expect(await page.evaluate((key) => localStorage.getItem(key), SNAPSHOTS_KEY)).toBeNull();
      await freeStorage(page);
      await save.click();
      await expect.poll(() => page.getByText(fill(s.snapshots.saved, { date: formatDay(today(), p.lang) })).count()).toBe(1);
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).data.snapshots.length, SNAPSHOTS_KEY);
      expect(stored).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`keeps at most ${SNAPSHOT_LIMIT} snapshots and says so, until an old one is deleted`, async () => {
      const snapshot = (i: number) => ({
        id: `s${i}`,
        date: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`,
        people: [{ id: 'p0', name: names[0], contexts: ['colleagues'], closeness: 'dormant', roles: [], lastContact: null }],
        ties: [],
      });
      const full = {
        kind: 'contactSnapshots',
        version: 1,
        savedAt: '2026-11-01T12:00:00.000Z',
        data: { snapshots: Array.from({ length: SNAPSHOT_LIMIT }, (_, i) => snapshot(i)) },
      };
      const { context, page, problems, save } = await openAtSnapshots(1280, {
        [CONTACT_MAP_KEY]: JSON.stringify(storedMap()),
        [SNAPSHOTS_KEY]: JSON.stringify(full),
      });
      await expect.poll(() => page.getByText(fill(s.snapshots.count, { n: SNAPSHOT_LIMIT, limit: SNAPSHOT_LIMIT })).count()).toBe(1);
      await save.click();
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: fill(s.snapshots.full, { limit: SNAPSHOT_LIMIT }) })
            .count(),
        )
        .toBe(1);
      const first = fill(s.snapshots.itemOne, { date: formatDay('2026-01-01', p.lang) });
      await page.getByRole('button', { name: fill(s.snapshots.deleteLabel, { date: first }) }).click();
      await expect.poll(() => page.getByText(fill(s.snapshots.count, { n: SNAPSHOT_LIMIT - 1, limit: SNAPSHOT_LIMIT })).count()).toBe(1);
      await save.click();
      await expect.poll(() => page.getByText(fill(s.snapshots.saved, { date: formatDay(today(), p.lang) })).count()).toBe(1);
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).data.snapshots.length, SNAPSHOTS_KEY);
      expect(stored).toBe(SNAPSHOT_LIMIT);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
