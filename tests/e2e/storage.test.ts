import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileProblemStrings } from '../../src/i18n/islands/fileProblems';
import { myDataStrings } from '../../src/i18n/islands/myData';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { fillStorage, freeStorage } from './fill-storage';

const QUIZ = '/oevelser/hvad-vil-du/';
const KEY = 'netvaerkskompasset:quiz';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ready = (page: Page) => expect.poll(() => page.getByRole('radio').first().isEnabled()).toBe(true);
const heading = (page: Page, n: number) => page.getByRole('heading', { name: new RegExp(`Spørgsmål ${n} af`) });
const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.data, KEY);
async function answerCurrent(page: Page, option: number) {
  await page.getByRole('radio').nth(option).check();
  await page.getByRole('button', { name: 'Næste' }).click();
}

describe('storage faults, as the reader sees them', () => {
  it('starts afresh on corrupt stored data, says so, and offers the old data as a download', async () => {
    const context = await browser.newContext();
    await context.addInitScript((k) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, '{"kind":"quiz","version":1,"savedAt":"x","data":{"answers":');
        sessionStorage.setItem('seeded', '1');
      }
    }, KEY);
    const { page, problems } = await watchedPage(context);
    await page.goto(baseURL() + QUIZ);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Vi kunne ikke læse dine gemte svar');
    await ready(page);
    expect(await heading(page, 1).count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent kopien af de gamle data' }).click();
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toContain('"answers":');
    await answerCurrent(page, 2);
    expect((await stored(page)).answers).toEqual({ q01: expect.any(String) });
    await page.reload();
    await ready(page);
    expect(await heading(page, 2).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works in memory when storage is blocked, and says answers will not be kept', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const { page, problems } = await watchedPage(context);
    await page.goto(baseURL() + QUIZ);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Dine svar bliver ikke gemt');
    // The status line follows the alert a render later (`useDeferredValue` in StorageStatus): on a busy machine it
    // still said "Henter dine gemte svar …" when the alert was read (a CI run, twice).
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Gemmes ikke');
    await ready(page);
    await answerCurrent(page, 1);
    expect(await heading(page, 2).count()).toBe(1);
    await page.getByRole('button', { name: 'Tilbage' }).click();
    expect(await page.getByRole('radio').nth(1).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hent dine svar som fil' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the change on screen when storage is full, and says it was not saved', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(baseURL() + QUIZ);
    await ready(page);
    await answerCurrent(page, 0);
    const filled = await fillStorage(page);
    expect(filled).toBeGreaterThan(1);
    await page.getByRole('radio').nth(3).check();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Din seneste ændring er ikke gemt');
    // The status line follows the alert a render later, as above.
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Ikke gemt');
    expect(await page.getByRole('radio').nth(3).isChecked()).toBe(true);
    expect((await stored(page)).answers.q02).toBeUndefined();
    // Freeing space and answering again saves everything that was on screen.
    await freeStorage(page);
    await page.getByRole('button', { name: 'Næste' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Gemt');
    expect((await stored(page)).answers).toMatchObject({ q02: expect.any(String) });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a change from another tab within a second, and keeps edits to different answers from both', async () => {
    const context = await browser.newContext();
    const a = await watchedPage(context);
    const b = await watchedPage(context);
    await a.page.goto(baseURL() + QUIZ);
    await b.page.goto(baseURL() + QUIZ);
    await ready(a.page);
    await ready(b.page);
    await answerCurrent(a.page, 1);
    const start = Date.now();
    await expect.poll(() => heading(b.page, 2).count(), { timeout: 1000, interval: 50 }).toBe(1);
    expect(Date.now() - start).toBeLessThan(1000);
    // Tab B moves on by answering question 2; from now on each tab keeps its own place.
    await answerCurrent(b.page, 2);
    await a.page.getByRole('button', { name: 'Tilbage' }).click();
    expect(await heading(a.page, 1).count()).toBe(1);
    expect(await heading(b.page, 3).count()).toBe(1);
    // At the same moment: tab A changes its answer to question 1, tab B answers question 3.
    const [q1, q2, q3] = await Promise.all([
      a.page.getByRole('radio').nth(3).getAttribute('value'),
      b.page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data.answers.q02, KEY),
      b.page.getByRole('radio').nth(0).getAttribute('value'),
    ]);
    await Promise.all([a.page.getByRole('radio').nth(3).check(), b.page.getByRole('radio').nth(0).check()]);
    await expect.poll(async () => (await stored(a.page)).answers).toEqual({ q01: q1, q02: q2, q03: q3 });
    await expect.poll(async () => (await stored(b.page)).answers).toEqual({ q01: q1, q02: q2, q03: q3 });
    expect([...a.problems, ...b.problems]).toEqual([]);
    await context.close();
  });
});

describe('Mine data', () => {
  async function seedQuiz(context: BrowserContext) {
    const page = await context.newPage();
    await page.goto(baseURL() + QUIZ);
    await ready(page);
    for (let i = 0; i < 3; i++) await answerCurrent(page, i);
    const answers = (await stored(page)).answers;
    await page.close();
    return answers as Record<string, string>;
  }

  it('exports everything, deletes everything after confirmation, and restores every answer from the file', async () => {
    const context = await browser.newContext();
    const answers = await seedQuiz(context);
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseURL()}/mine-data/`);
    await expect.poll(() => page.getByRole('button', { name: 'Hent alle mine data som fil' }).isEnabled()).toBe(true);
    await expect.poll(() => page.getByRole('row', { name: /Hvad vil du have ud af netværk\?/ }).textContent()).toMatch(/3/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent alle mine data som fil' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/^netvaerkskompasset-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(await d.path(), 'utf8'));
    expect(file).toMatchObject({
      format: 'netvaerkskompasset-backup',
      app: { version: expect.any(String) },
      stores: { quiz: { version: 2 } },
    });
    await expect.poll(() => page.getByText(/Senest hentet som fil/).count()).toBe(1);

    await page.getByRole('button', { name: 'Slet alle mine data' }).click();
    expect(await page.getByText(/Det kan ikke fortrydes/).count()).toBe(1);
    expect(await stored(page)).toBeTruthy();
    await page.getByRole('button', { name: 'Ja, slet alt' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Alt er slettet' }).count()).toBe(1);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('netvaerkskompasset:')))).toEqual([]);

    await page.getByLabel(/Fil med dine data/).setInputFiles(await d.path());
    await expect.poll(() => page.getByRole('heading', { name: 'Det sker, hvis du lægger filen ind' }).count()).toBe(1);
    expect(await stored(page)).toBeUndefined(); // nothing changes until confirmed
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Læg filen ind' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Filen er lagt ind' }).count()).toBe(1);
    expect((await stored(page)).answers).toEqual(answers);
    await page.goto(baseURL() + QUIZ);
    await ready(page);
    expect(await heading(page, 4).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  const badFiles: [string, string | Buffer, RegExp][] = [
    ['a malformed file', '{"format": "netvaerkskompasset-backup", "stores": ', /Filen kan ikke læses/],
    [
      'a file with __proto__ keys',
      '{"format":"netvaerkskompasset-backup","formatVersion":1,"stores":{"quiz":{"version":1,"savedAt":"x","data":{"answers":{"__proto__":{"polluted":true}},"step":0,"history":[]}}}}',
      /feltet “__proto__”/,
    ],
    [
      'a 17 MB file (over the 16 MB limit an address book of 30,000 people needs)',
      Buffer.alloc(17 * 1024 * 1024, 32),
      /Filen fylder 17 MB/,
    ],
    [
      'a file with a bad answer',
      '{"format":"netvaerkskompasset-backup","formatVersion":1,"stores":{"quiz":{"version":1,"savedAt":"x","data":{"answers":{"q01":"money"},"step":0,"history":[]}}}}',
      /“Dine svar” mangler eller er forkert/,
    ],
  ];
  for (const [name, content, message] of badFiles) {
    it(`answers ${name} with a clear message and changes nothing`, async () => {
      const context = await browser.newContext();
      const answers = await seedQuiz(context);
      const { page, problems } = await watchedPage(context);
      await page.goto(`${baseURL()}/mine-data/`);
      await expect.poll(() => page.getByLabel(/Fil med dine data/).isEnabled()).toBe(true);
      await page
        .getByLabel(/Fil med dine data/)
        .setInputFiles({ name: 'data.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(message);
      expect(await page.getByRole('alert').textContent()).toContain('Intet er ændret');
      expect((await stored(page)).answers).toEqual(answers);
      expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('speaks English on /en/my-data/', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${baseURL()}/en/my-data/`);
    await expect.poll(() => page.getByLabel(/File with your data/).isEnabled()).toBe(true);
    await page
      .getByLabel(/File with your data/)
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(fileProblemStrings.en.notJson);
    expect(await page.getByRole('alert').textContent()).toContain(myDataStrings.en.nothingChanged);
    expect(await page.getByText(/Safari after 7 days/).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
