import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { groupStrings } from '../../src/i18n/islands/group';
import { myResultsStrings } from '../../src/i18n/islands/myResults';
import { quizStrings } from '../../src/i18n/islands/quiz';
import { quizItems } from '../../src/lib/quiz/bank';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { builtPages } from './built-pages';
import { printedPages } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the build says the site lives (astro.config.mjs): QR codes must point there. */
const site = process.env.SITE ?? 'https://netvaerkskompasset.dk';
const pages = builtPages();

const langs = [
  { lang: 'da', workshop: '/workshop/', handouts: '/workshop/kopiark/', results: '/mine-data/resultater/', myData: '/mine-data/' },
  { lang: 'en', workshop: '/en/workshop/', handouts: '/en/workshop/handouts/', results: '/en/my-data/results/', myData: '/en/my-data/' },
] as const;

/** The 1-based numbers of the pages that print in landscape (wider than tall). */
async function landscapePages(page: Page): Promise<number[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => Number(m[1]) > Number(m[2]));
  return boxes.flatMap((wide, i) => (wide ? [i + 1] : []));
}

/** The handouts on the page: id, A4 pages it should print on, title. */
const handoutsOf = (page: Page) =>
  page.locator('section[data-handout]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-handout')!,
      pages: Number(el.getAttribute('data-pages')),
      title: el.querySelector('h2')!.textContent!.trim(),
    })),
  );

for (const l of langs) {
  describe(`handout pack (${l.lang})`, () => {
    it('prints every handout in order, each starting on a new A4 page, on exactly the pages it should', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + l.handouts);
      const handouts = await handoutsOf(page);
      const articles = pages.filter(
        (p) => p.startsWith(l.lang === 'da' ? '/artikler/' : '/en/articles/') && p.split('/').length > (l.lang === 'da' ? 3 : 4),
      );
      expect(handouts.map((h) => h.id).slice(0, 5)).toEqual(['quiz', 'group', 'vitality', 'contact-map', 'purposes']);
      expect(handouts.filter((h) => h.id.startsWith('article-'))).toHaveLength(articles.length);
      expect(handouts.map((h) => h.id).slice(5, 9)).toEqual(['corner-community', 'corner-access', 'corner-influence', 'corner-learning']);
      const total = handouts.reduce((n, h) => n + h.pages, 0);
      // Every article's handout is one page; the blank sheets print on the pages they declare: seven for the
      // sheets, four for the corner signs.
      const blankPages = handouts.filter((h) => !h.id.startsWith('article-')).reduce((n, h) => n + h.pages, 0);
      expect(blankPages).toBe(11);
      expect(total).toBe(blankPages + articles.length);
      expect(await printedPages(page)).toBe(total);
      // The corner signs print on landscape pages: the four pages after the first five handouts’ seven.
      const start = handouts.slice(0, 5).reduce((n, h) => n + h.pages, 0);
      expect(await landscapePages(page)).toEqual([start + 1, start + 2, start + 3, start + 4]);

      // Each handout alone prints on its own pages with its heading on top. With the total above, no two
      // handouts share a page and none spills onto the next one's.
      for (const h of handouts) {
        await page.reload();
        await page.evaluate(
          (id) => document.querySelectorAll(`section[data-handout]:not([data-handout="${id}"])`).forEach((el) => el.remove()),
          h.id,
        );
        await page.emulateMedia({ media: 'print' });
        const heading = page.getByRole('heading', { level: 2, name: h.title, exact: true });
        expect(await heading.isVisible(), h.id).toBe(true);
        const top = await page.locator(`section[data-handout="${h.id}"]`).evaluate((el) => el.getBoundingClientRect().top);
        const headingTop = await heading.evaluate((el) => el.getBoundingClientRect().top);
        expect(headingTop - top, `${h.id}: heading first`).toBeLessThan(5);
        expect(await printedPages(page), h.id).toBe(h.pages);
      }
      expect(problems).toEqual([]);
      await context.close();
    });

    it('gives every handout a QR code that decodes to its own page on the site, with the short URL beside it', async () => {
      const context = await browser.newContext({ deviceScaleFactor: 2 });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + l.handouts);
      const ids = (await handoutsOf(page)).map((h) => h.id);
      const decoded: string[] = [];
      for (const id of ids) {
        const section = page.locator(`section[data-handout="${id}"]`);
        const link = section.locator('.handout__url a');
        const expected = new URL((await link.getAttribute('href'))!, site).href;
        // The QR code leads to a page that exists in this build, and the text beside it says where.
        expect(pages, id).toContain(new URL(expected).pathname.replace(new URL(process.env.BASE ?? '/', site).pathname, '/'));
        expect(await link.textContent()).toBe(expected.replace(/^https?:\/\//, '').replace(/\/$/, ''));
        const png = PNG.sync.read(await section.locator('svg.qr').screenshot());
        const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        expect(code?.data, id).toBe(expected);
        decoded.push(code!.data);
      }
      expect(decoded).toHaveLength(ids.length);
      expect(problems).toEqual([]);
      await context.close();
    });
  });

  describe(`workshop pages (${l.lang})`, () => {
    it('pass axe, and the kit links to the handouts, the paper versions, my results and the exercises', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + l.workshop);
      expect(await axeViolations(page)).toEqual([]);
      const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const expected =
        l.lang === 'da'
          ? [
              '/workshop/kopiark/',
              '/oevelser/hvad-vil-du/papir/',
              '/oevelser/gruppens-formaal/tomt-ark/',
              '/mine-data/resultater/',
              '/oevelser/hvad-vil-du/',
              '/oevelser/gruppens-formaal/',
              '/oevelser/netvaerkskort/',
            ]
          : [
              '/en/workshop/handouts/',
              '/en/exercises/what-do-you-want/paper/',
              '/en/exercises/group-purpose/blank/',
              '/en/my-data/results/',
              '/en/exercises/what-do-you-want/',
              '/en/exercises/group-purpose/',
              '/en/exercises/contact-map/',
            ];
      for (const href of expected) expect(hrefs, href).toContain(href);
      // Both plans, each with a running order.
      expect(await page.getByRole('heading', { level: 2, name: /90/ }).count()).toBe(1);
      expect(await page.getByRole('heading', { level: 2, name: /3.(timer|hour)/ }).count()).toBe(1);
      expect(await page.locator('.workshop-guide table').count()).toBe(2);
      expect(await printedPages(page)).toBeLessThanOrEqual(5);

      for (const path of [l.handouts, l.results]) {
        await page.goto(baseURL() + path);
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page), path).toEqual([]);
      }
      await page.goto(baseURL() + l.myData);
      await page
        .getByRole('link', {
          name: l.lang === 'da' ? 'Se og print dine resultater fra alle øvelser' : 'See and print your results from all exercises',
        })
        .click();
      await page.waitForURL(`**${l.results}`);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}

describe('print my results', () => {
  const r = myResultsStrings.da;
  const q = quizStrings.da;
  const g = groupStrings.da;
  const c = contactStrings.da;

  it('says plainly that there are no results yet, for each exercise', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseURL()}/mine-data/resultater/`);
    await expect.poll(() => page.getByText(r.quiz.none).isVisible(), { timeout: 10_000 }).toBe(true);
    // Each exercise's results are an island of their own, hydrating in its own time.
    await expect.poll(() => page.getByText(r.groupPurpose.none).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.getByText(r.contactMap.none).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole('link', { name: r.quiz.start }).getAttribute('href')).toBe('/oevelser/hvad-vil-du/');
    expect(await printedPages(page)).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('prints the quiz result and each worksheet from this browser as one document', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    // The quiz, all the way to the result.
    await page.goto(`${baseURL()}/oevelser/hvad-vil-du/`);
    await expect.poll(() => page.getByRole('radio').first().isEnabled(), { timeout: 10_000 }).toBe(true);
    for (let i = 0; i < quizItems.length; i++) {
      await page
        .getByRole('radio')
        .nth(i % 2)
        .check();
      await page.getByRole('button', { name: i === quizItems.length - 1 ? q.toReview : q.next }).click();
    }
    await page.getByRole('button', { name: q.seeResult }).click();
    await expect.poll(() => page.getByRole('heading', { name: q.resultTitle, exact: true }).count()).toBe(1);
    // Two worksheets, one with a purpose.
    await page.goto(`${baseURL()}/oevelser/gruppens-formaal/`);
    await expect.poll(() => page.getByLabel(g.newName, { exact: true }).first().isEnabled(), { timeout: 10_000 }).toBe(true);
    for (const name of ['Aarhus-gruppen', 'Odense-gruppen']) {
      await page.getByLabel(g.newName, { exact: true }).first().fill(name);
      await page.getByRole('button', { name: g.create }).click();
      await expect
        .poll(() =>
          page
            .getByLabel(g.choose, { exact: true })
            .locator('option:checked')
            .textContent()
            .catch(() => ''),
        )
        .toBe(name);
    }
    await page.getByLabel(g.fields.text, { exact: true }).fill('Vi deler viden om ledelse.');
    // Three people on the contact map.
    await page.goto(`${baseURL()}/oevelser/netvaerkskort/`);
    await expect.poll(() => page.getByLabel(c.recallName, { exact: true }).isEnabled(), { timeout: 10_000 }).toBe(true);
    for (const name of ['Astrid', 'Bjarke', 'Cecilie']) {
      await page.getByLabel(c.recallName, { exact: true }).fill(name);
      await page.getByLabel(c.recallName, { exact: true }).press('Enter');
    }
    await expect.poll(() => page.locator('.cm-table tbody tr').count()).toBe(3);

    await page.goto(`${baseURL()}/mine-data/resultater/`);
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Aarhus-gruppen' }).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole('heading', { level: 3, name: 'Odense-gruppen' }).isVisible()).toBe(true);
    expect(await page.getByText('Vi deler viden om ledelse.').isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: q.scoresCaption }).isVisible()).toBe(true);
    expect(await page.getByText(r.quiz.none).count()).toBe(0);
    expect(
      await page
        .getByRole('group', { name: fill(c.mapLabel, { n: 3 }) })
        .getByRole('button')
        .count(),
    ).toBe(3);
    expect(await page.getByRole('cell', { name: 'Bjarke' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // The quiz result on one page, each worksheet on its own page after it, then the map and its table.
    const printed = await printedPages(page);
    expect(printed).toBeGreaterThanOrEqual(4);
    expect(printed).toBeLessThanOrEqual(8);
    expect(problems).toEqual([]);
    await context.close();
  });
});
