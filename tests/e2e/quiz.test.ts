import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quizItems } from '../../src/lib/quiz/bank';
import { purposes } from '../../src/lib/quiz/types';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { printedPages } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const langs = [
  {
    lang: 'da',
    path: '/oevelser/hvad-vil-du/',
    paper: '/oevelser/hvad-vil-du/papir/',
    next: 'Næste',
    progress: (n: number) => `Spørgsmål ${n} af ${quizItems.length}`,
    review: 'Tjek dine svar',
    seeResult: 'Se dit resultat',
    result: 'Dit resultat',
    table: 'Antal svar for hvert formål',
    names: { community: 'Fællesskab', access: 'Adgang', influence: 'Indflydelse', learning: 'Læring' },
    shared: 'Et delt resultat',
    invalid: /ikke et gyldigt resultat/,
    saved: /Gemt i denne browser kl\. \d{2}\.\d{2}$/,
  },
  {
    lang: 'en',
    path: '/en/exercises/what-do-you-want/',
    paper: '/en/exercises/what-do-you-want/paper/',
    next: 'Next',
    progress: (n: number) => `Question ${n} of ${quizItems.length}`,
    review: 'Check your answers',
    seeResult: 'See your result',
    result: 'Your result',
    table: 'Number of answers for each purpose',
    names: { community: 'Community', access: 'Access', influence: 'Influence', learning: 'Learning' },
    shared: 'A shared result',
    invalid: /does not hold a valid result/,
    saved: /Saved in this browser at \d{2}:\d{2}$/,
  },
] as const;

/** Press Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; type: string }) => boolean, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName ?? '', text: a?.textContent?.trim() ?? '', type: (a as HTMLInputElement | null)?.type ?? '' };
    });
    if (matches(el)) return;
  }
  throw new Error('Could not reach the control with Tab');
}

/** Pressing ArrowDown on a question's first radio picks its second answer. */
const expectedScores = () => {
  const scores = { community: 0, access: 0, influence: 0, learning: 0 };
  for (const item of quizItems) scores[item.optionOrder[1]] += 1;
  return scores;
};

async function scoreTable(page: Page, caption: string) {
  const table = page.getByRole('table', { name: caption });
  return table.evaluate((t) =>
    Object.fromEntries(
      [...t.querySelectorAll('tbody tr')].map((r) => [r.querySelector('th')!.textContent, Number(r.querySelector('td')!.textContent)]),
    ),
  );
}

for (const l of langs) {
  describe(`quiz (${l.lang})`, () => {
    it('can be completed by keyboard alone, resumes after a reload, and shows the result', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + l.path);
      await expect.poll(() => page.getByRole('radio').first().isEnabled()).toBe(true);
      // The radio group is named by its question, as a screen reader announces it.
      expect(
        await page.getByRole('group', { name: new RegExp(`^${l.progress(1)}: ${quizItems[0]!.prompt[l.lang].slice(0, 20)}`) }).count(),
      ).toBe(1);

      const half = Math.floor(quizItems.length / 2);
      for (let i = 0; i < quizItems.length; i++) {
        if (i === half) {
          // Reload halfway: the reader comes back to the same question.
          await page.reload();
          await expect.poll(() => page.getByRole('radio').first().isEnabled()).toBe(true);
          await expect.poll(() => page.getByRole('heading', { name: new RegExp(l.progress(half + 1)) }).count()).toBe(1);
          expect(await page.getByText(l.saved).count()).toBe(1);
        }
        await tabTo(page, (el) => el.tag === 'INPUT' && el.type === 'radio');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        if (i < quizItems.length - 1) {
          // Focus moves to the next question's heading, so a screen reader reads it out.
          await expect
            .poll(() => page.evaluate(() => (document.activeElement?.tagName === 'H2' ? document.activeElement.textContent : '')))
            .toContain(l.progress(i + 2));
        }
      }
      await expect.poll(() => page.getByRole('heading', { name: l.review, exact: true }).count()).toBe(1);
      await tabTo(page, (el) => el.text === l.seeResult);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('heading', { name: l.result, exact: true }).count()).toBe(1);

      const expected = expectedScores();
      const shown = await scoreTable(page, l.table);
      expect(shown).toEqual(Object.fromEntries(purposes.map((p) => [l.names[p], expected[p]])));
      expect(await page.getByRole('img').first().getAttribute('aria-labelledby')).toBeTruthy();

      await page.reload();
      await expect.poll(() => page.getByRole('heading', { name: l.result, exact: true }).count()).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('passes axe on the question, check-your-answers and result views, and prints the result on one A4 page', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + l.path);
      await expect.poll(() => page.getByRole('radio').first().isEnabled()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      // An unanswered question shows an error summary, which must be accessible too.
      await page.getByRole('button', { name: l.next }).click();
      await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      for (let i = 0; i < quizItems.length; i++) {
        await page
          .getByRole('radio')
          .nth(i % 4)
          .check();
        await page.getByRole('button', { name: i === quizItems.length - 1 ? l.review : l.next }).click();
      }
      await expect.poll(() => page.getByRole('heading', { name: l.review, exact: true }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: l.seeResult }).click();
      await expect.poll(() => page.getByRole('heading', { name: l.result, exact: true }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(await printedPages(page)).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('shares only the scores, and the link shows the same scores to someone else', async () => {
      const mine = await browser.newContext();
      const page = await mine.newPage();
      await page.goto(baseURL() + l.path);
      await expect.poll(() => page.getByRole('radio').first().isEnabled()).toBe(true);
      for (let i = 0; i < quizItems.length; i++) {
        await page
          .getByRole('radio')
          .nth(i % 3)
          .check();
        await page.getByRole('button', { name: i === quizItems.length - 1 ? l.review : l.next }).click();
      }
      await page.getByRole('button', { name: l.seeResult }).click();
      const myScores = await scoreTable(page, l.table);
      const link = await page.getByRole('textbox').inputValue();
      expect(new URL(link).hash).toMatch(/^#v1-c\d+-a\d+-i\d+-l\d+$/);
      await mine.close();

      const theirs = await browser.newContext();
      const { page: other, problems } = await watchedPage(theirs);
      await other.goto(link);
      await expect.poll(() => other.getByRole('heading', { name: l.shared, exact: true }).count()).toBe(1);
      expect(await scoreTable(other, l.table)).toEqual(myScores);
      // Their own quiz is untouched and starts at question 1.
      expect(await other.evaluate(() => Object.keys(localStorage).length)).toBe(0);
      expect(await axeViolations(other)).toEqual([]);
      expect(problems).toEqual([]);
      await theirs.close();
    });

    it('speaks first: on a 375 × 740 phone the first screen shows the verdict, above the chart and the numbers', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + l.path);
      await expect.poll(() => page.getByRole('radio').first().isEnabled()).toBe(true);
      for (let i = 0; i < quizItems.length; i++) {
        await page
          .getByRole('radio')
          .nth(i % 3 === 0 ? 0 : 1)
          .check();
        await page.getByRole('button', { name: i === quizItems.length - 1 ? l.review : l.next }).click();
      }
      await page.getByRole('button', { name: l.seeResult }).click();
      await expect.poll(() => page.getByRole('heading', { name: l.result, exact: true }).count()).toBe(1);
      // A fresh visit, from the top of the page.
      await page.goto(baseURL() + l.path);
      await expect.poll(() => page.getByRole('heading', { name: l.result, exact: true }).count()).toBe(1);
      const verdict = page.getByRole('heading', { level: 3, name: l.lang === 'da' ? /^Du søger/ : /^You (are mainly after|want)/ });
      const box = (await verdict.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(740);
      const chart = (await page.locator('.compass').first().boundingBox())!;
      const table = (await page.getByRole('table', { name: l.table }).boundingBox())!;
      expect(chart.y).toBeGreaterThan(box.y);
      expect(table.y).toBeGreaterThan(box.y);
      // The QR code holds the four scores only: the share link's fragment.
      const code = await page.locator('.quiz__code').textContent();
      // The share link is filled in right after hydration (the page's address is known only in the browser).
      await expect.poll(() => page.getByRole('textbox').inputValue()).toContain('#');
      expect(new URL(await page.getByRole('textbox').inputValue()).hash).toBe(`#${code}`);
      await expect.poll(() => page.locator('.quiz__qr-code svg').count()).toBe(1);
      expect(await page.locator('.quiz__qr-code').innerHTML()).not.toMatch(/style=/);
      const qr = (await page.locator('.quiz__qr-code svg').boundingBox())!;
      expect(qr.width).toBeGreaterThanOrEqual(180);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('tells a shared result in the third person, with its description', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(`${baseURL()}${l.path}#v1-c1-a8-i2-l3`);
      const heading = l.lang === 'da' ? 'Personen søger mest adgang' : 'This person looks mostly for access';
      await expect.poll(() => page.getByRole('heading', { name: heading }).count()).toBe(1);
      expect(await page.locator('.quiz__verdict-text').first().textContent()).toMatch(
        l.lang === 'da' ? /^Personen søger veje ind/ : /^This person wants ways in/,
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('explains a malformed share link instead of drawing a broken chart', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(`${baseURL()}${l.path}#v1-c99-a0-i0-l<script>`);
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(l.invalid);
      expect(await page.getByRole('img').count()).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('has a paper version of at most two A4 pages with a scoring key', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(baseURL() + l.paper);
      expect(await page.locator('ol > li').count()).toBe(quizItems.length);
      expect(await page.getByRole('table').locator('tbody tr').count()).toBe(quizItems.length + 1);
      expect(await printedPages(page)).toBeLessThanOrEqual(2);
      await context.close();
    });
  });
}

describe('quiz embedded in an article', () => {
  it('hydrates when scrolled into view and saves to the same place as the quiz page', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseURL()}/artikler/relationer-ikke-visitkort/`);
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => n.endsWith('.js')),
      );
    expect((await scripts()).some((n) => n.includes('Quiz'))).toBe(false);
    await page.getByRole('heading', { name: 'Prøv selv' }).scrollIntoViewIfNeeded();
    await page.getByRole('radio').first().scrollIntoViewIfNeeded();
    await expect.poll(async () => (await scripts()).some((n) => n.includes('Quiz'))).toBe(true);
    await expect.poll(() => page.getByText(/Dine svar gemmes i denne browser/).count()).toBe(1);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Næste' }).click();
    // Straight to the result: "read next" never lists the article the quiz is in.
    for (let i = 1; i < quizItems.length; i++) {
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: i === quizItems.length - 1 ? 'Tjek dine svar' : 'Næste' }).click();
    }
    await page.getByRole('button', { name: 'Se dit resultat' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Læs videre' }).count()).toBe(1);
    const readNext = await page
      .getByRole('heading', { name: 'Læs videre' })
      .locator('xpath=following-sibling::ul[1]//a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(readNext.length).toBeGreaterThan(0);
    expect(readNext).not.toContain('/artikler/relationer-ikke-visitkort/');
    await page.getByRole('button', { name: 'Start forfra' }).click();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Næste' }).click();
    await page.goto(`${baseURL()}/oevelser/hvad-vil-du/`);
    await expect.poll(() => page.getByRole('heading', { name: /Spørgsmål 2 af/ }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
