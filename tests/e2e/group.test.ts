import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWorksheetFileProblem } from '../../src/i18n/fileProblems';
import { fill } from '../../src/i18n/fill';
import { groupStrings } from '../../src/i18n/islands/group';
import { addCheckIn } from '../../src/lib/group/checkIns';
import { emptyGroupState, emptyWorksheet } from '../../src/lib/group/empty';
import {
  buildWorksheetFile,
  MAX_WORKSHEET_FILE_BYTES,
  serializeWorksheetFile,
  WORKSHEET_FORMAT,
  type WorksheetFileProblem,
} from '../../src/lib/group/file';
import { marks, sectionFields, type Rating } from '../../src/lib/group/types';
import { BACKUP_FORMAT } from '../../src/lib/storage/backup';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { printedPages } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages = [
  { lang: 'da', path: '/oevelser/gruppens-formaal/', blank: '/oevelser/gruppens-formaal/tomt-ark/', first: 'Læring', open: 'Åben for nye' },
  {
    lang: 'en',
    path: '/en/exercises/group-purpose/',
    blank: '/en/exercises/group-purpose/blank/',
    first: 'Learning',
    open: 'Open to newcomers',
  },
] as const;

const textFields = (['purpose', 'boundaries', 'members', 'content', 'form', 'measure'] as const).flatMap((section) =>
  (sectionFields[section] as readonly string[]).filter((f) => !['first', 'second', 'openness', 'kind', 'focus'].includes(f)),
);

const ready = (page: Page, label: string) => expect.poll(() => page.getByLabel(label, { exact: true }).isEnabled()).toBe(true);

for (const p of pages) {
  const s = groupStrings[p.lang];
  const answer = (field: string) => `${field}: ${p.lang === 'da' ? 'vores svar' : 'our answer'} ${field.length}`;

  async function createSheet(page: Page, name: string) {
    await page.getByLabel(s.newName, { exact: true }).first().fill(name);
    await page.getByRole('button', { name: s.create }).click();
    await expect
      .poll(() =>
        page
          .getByLabel(s.choose, { exact: true })
          .inputValue()
          .catch(() => ''),
      )
      .not.toBe('');
  }

  describe(`group worksheet (${p.lang})`, () => {
    it('is filled in section by section with the keyboard, and everything is there after a reload', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page, s.newName);
      expect(await axeViolations(page)).toEqual([]);
      await createSheet(page, 'Aalborg-gruppen');
      for (const field of textFields) {
        await page.getByLabel(s.fields[field as keyof typeof s.fields], { exact: true }).focus();
        await page.keyboard.type(answer(field));
      }
      // Choices by keyboard: focus the group's first option, move with the arrow keys.
      await page.getByRole('group', { name: s.fields.first }).getByRole('radio', { name: p.first }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: s.fields.openness }).getByRole('radio', { name: p.open }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: s.addMember }).click();
      await page.getByLabel(`${s.memberName} 1`).focus();
      await page.keyboard.type('Karen');
      await page.getByLabel(s.memberContribution).focus();
      await page.keyboard.type(p.lang === 'da' ? 'Jeg kender kommunen.' : 'I know the council.');
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await ready(page, s.newName);
      for (const field of textFields) {
        expect(await page.getByLabel(s.fields[field as keyof typeof s.fields], { exact: true }).inputValue(), field).toBe(answer(field));
      }
      expect(await page.getByRole('group', { name: s.fields.first }).getByRole('radio', { name: p.first }).isChecked()).toBe(true);
      expect(await page.getByLabel(`${s.memberName} 1`).inputValue()).toBe('Karen');

      // A filled worksheet prints on at most three A4 pages, a blank one on at most two.
      expect(await printedPages(page)).toBeLessThanOrEqual(3);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('keeps two worksheets apart, exports one, deletes it and imports it back', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page, s.newName);
      await createSheet(page, 'Gruppe A');
      await page.getByLabel(s.fields.text, { exact: true }).fill('Formål A');
      await createSheet(page, 'Gruppe B');
      await page.getByLabel(s.fields.text, { exact: true }).fill('Formål B');
      await page.getByLabel(s.choose, { exact: true }).selectOption({ label: 'Gruppe A' });
      expect(await page.getByLabel(s.fields.text, { exact: true }).inputValue()).toBe('Formål A');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: s.exportOne }).click();
      const file = await (await download).path();
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
        format: 'netvaerkskompasset-worksheet',
        worksheet: { name: 'Gruppe A' },
      });

      await page.getByRole('button', { name: s.remove }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Gruppe A' }).count()).toBe(1);
      expect(await page.getByLabel(s.choose, { exact: true }).locator('option').allTextContents()).toEqual(['Gruppe B']);
      expect(await axeViolations(page)).toEqual([]);

      // The labelled button opens the file picker, by keyboard too.
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: s.importOne }).focus();
      await page.keyboard.press('Enter');
      await (await chooser).setFiles(file);
      await expect
        .poll(() => page.getByLabel(s.choose, { exact: true }).locator('option').allTextContents())
        .toEqual(['Gruppe B', 'Gruppe A']);
      await page.getByLabel(s.choose, { exact: true }).selectOption({ label: 'Gruppe A' });
      expect(await page.getByLabel(s.fields.text, { exact: true }).inputValue()).toBe('Formål A');
      await page.getByLabel(s.choose, { exact: true }).selectOption({ label: 'Gruppe B' });
      expect(await page.getByLabel(s.fields.text, { exact: true }).inputValue()).toBe('Formål B');

      // A bad file changes nothing and says so.
      const chooser2 = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: s.importOne }).click();
      await (await chooser2).setFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"__proto__": 1}') });
      const refused = fill(s.importProblem, { reason: describeWorksheetFileProblem({ code: 'forbidden-key', key: '__proto__' }, p.lang) });
      await expect.poll(() => page.getByRole('status').filter({ hasText: refused }).count()).toBe(1);
      expect(await page.getByLabel(s.choose, { exact: true }).locator('option').count()).toBe(2);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('refuses each kind of bad worksheet file with its own reason, and changes nothing', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page, s.newName);
      await createSheet(page, 'Gruppe A');
      const tooLarge = MAX_WORKSHEET_FILE_BYTES + 1000;
      const files: { name: string; buffer: Buffer; problem: WorksheetFileProblem }[] = [
        {
          name: 'cut.json',
          buffer: Buffer.from(`{"format":"${WORKSHEET_FORMAT}","formatVersion":2,"worksh`),
          problem: { code: 'not-json', detail: '' },
        },
        {
          name: 'alt.json',
          buffer: Buffer.from(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, stores: {} })),
          problem: { code: 'not-worksheet-file', is: 'backup' },
        },
        {
          name: 'new.json',
          buffer: Buffer.from(JSON.stringify({ format: WORKSHEET_FORMAT, formatVersion: 99, worksheet: {} })),
          problem: { code: 'newer-format', formatVersion: 99 },
        },
        { name: 'proto.json', buffer: Buffer.from('{"__proto__": 1}'), problem: { code: 'forbidden-key', key: '__proto__' } },
        {
          name: 'big.json',
          buffer: Buffer.alloc(tooLarge, 32),
          problem: { code: 'too-large', bytes: tooLarge, limit: MAX_WORKSHEET_FILE_BYTES },
        },
        {
          name: 'photo.json',
          buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
          problem: { code: 'not-text' },
        },
      ];
      const seen = new Set<string>();
      for (const file of files) {
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: s.importOne }).click();
        await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
        const refused = fill(s.importProblem, { reason: describeWorksheetFileProblem(file.problem, p.lang) });
        await expect.poll(() => page.getByRole('status').filter({ hasText: refused }).count(), { message: file.name }).toBe(1);
        seen.add(refused);
        expect(await page.getByLabel(s.choose, { exact: true }).locator('option').count(), file.name).toBe(1);
      }
      // Every kind of file gets a reason of its own.
      expect(seen.size).toBe(files.length);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('prints a year of fortnightly check-ins as a row per check-in that stays on the page', async () => {
      // A group that has checked in every other week for a year, each time with twelve members' marks.
      let state = emptyGroupState();
      const sheet = emptyWorksheet('year', 'Erfa-gruppen', new Date('2025-12-01T10:00:00Z'));
      state = { worksheets: { year: sheet }, order: ['year'] };
      const dates = Array.from({ length: 26 }, (_, i) => new Date(Date.UTC(2025, 11, 1) + i * 14 * 86_400_000).toISOString().slice(0, 10));
      for (const [i, date] of dates.entries()) {
        const ratings = Object.fromEntries(marks.map((m, k) => [m, (1 + ((i + k) % 5)) as Rating])) as Record<
          (typeof marks)[number],
          Rating
        >;
        const votes = Array.from({ length: 12 }, (_, v) => ({
          name: `Medlem ${v + 1}`,
          marks: marks.map((_, k) => String(1 + ((i + k + v) % 5))).join(''),
        }));
        state = addCheckIn(state, 'year', { id: `c${i}`, date, ratings, note: '', votes }, new Date(`${date}T12:00:00Z`));
      }
      const file = serializeWorksheetFile(buildWorksheetFile(state.worksheets.year!, new Date('2026-11-30T12:00:00Z')));
      // The width of an A4 page's text at 96 dpi (210 mm less margins), as the browser lays it out for print.
      const context = await browser.newContext({ viewport: { width: 680, height: 900 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page, s.newName);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: s.importOne }).click();
      await (await chooser).setFiles({ name: 'year.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      const chosen = page.getByLabel(s.choose, { exact: true });
      await expect
        .poll(() =>
          chosen
            .locator('option:checked')
            .textContent()
            .catch(() => ''),
        )
        .toBe('Erfa-gruppen');
      // On screen: a column per check-in, in a region that scrolls sideways.
      const onScreen = page.getByRole('table', { name: s.trendCaption });
      expect(await onScreen.locator('thead th').count()).toBe(dates.length + 1);

      await page.emulateMedia({ media: 'print' });
      const printed = page.locator('.group-print .trend-table').filter({ visible: true });
      expect(await printed.count()).toBe(1);
      expect(await printed.locator('tbody tr').count()).toBe(dates.length);
      const lastDay = p.lang === 'da' ? '16. nov. 2026' : '16 Nov 2026';
      expect(await printed.locator('tbody tr').last().innerText()).toContain(lastDay);
      const box = await printed.evaluate((t) => ({ right: t.getBoundingClientRect().right, wide: t.scrollWidth > t.clientWidth }));
      expect(box.wide).toBe(false);
      expect(box.right).toBeLessThanOrEqual(680);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
      await page.emulateMedia({ media: 'screen' });
      expect(problems).toEqual([]);
      await context.close();
    });

    it('checks vitality, suggests what to work on, and compares members’ quiz results with the purpose', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page, s.newName);
      await createSheet(page, 'Gruppe V');
      await page.getByRole('group', { name: s.fields.first }).getByRole('radio', { name: p.first }).check();
      await page.getByRole('heading', { name: s.vitalityTitle }).scrollIntoViewIfNeeded();
      await expect.poll(() => page.getByRole('button', { name: s.saveCheckIn }).isEnabled()).toBe(true);
      const groups = page.locator('.rating');
      for (let i = 0; i < 5; i++)
        await groups
          .nth(i)
          .getByRole('radio', { name: i === 2 ? '2' : '4', exact: true })
          .check();
      await page.getByRole('button', { name: s.saveCheckIn }).click();
      await expect.poll(() => page.getByRole('heading', { name: s.weakestTitle }).count()).toBe(1);
      expect(await page.getByRole('table', { name: s.trendCaption }).locator('tbody tr').count()).toBe(5);
      expect(await page.locator('.vitality__latest svg.vitality-profile title').textContent()).toMatch(/4.*4.*2.*4.*4/);

      await page.getByRole('heading', { name: s.spreadTitle }).scrollIntoViewIfNeeded();
      const links = [`${baseURL()}/oevelser/hvad-vil-du/#v1-c5-a3-i3-l3`, 'v1-c1-a8-i2-l3', 'not a link', 'v1-c0-a0-i0-l0'].join('\n');
      await page.getByLabel(s.spreadLabel).fill(links);
      await expect.poll(() => page.getByText(fill(s.spreadReady, { n: 2 })).count()).toBe(1);
      expect(await page.getByText(fill(s.unusedReasons['not-a-link'], { n: 1 })).count()).toBe(1);
      expect(await page.getByText(fill(s.unusedReasons.empty, { n: 1 })).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('keeps members’ results across a reload, prints them, and explains every line not used', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page, s.newName);
      await createSheet(page, 'Gruppe M');
      await page.getByRole('heading', { name: s.spreadTitle }).scrollIntoViewIfNeeded();
      await expect.poll(() => page.getByLabel(s.spreadLabel).isEnabled()).toBe(true);
      const three = [`KB ${baseURL()}/oevelser/hvad-vil-du/#v1-c5-a3-i3-l3`, 'v1-c1-a8-i2-l3', 'v1-c2-a2-i1-l9'].join('\n');
      await page.getByLabel(s.spreadLabel).fill(three);
      await page.getByRole('button', { name: s.spreadAdd }).click();
      await expect.poll(() => page.getByText(fill(s.spreadAdded, { n: 3 })).count()).toBe(1);
      expect(await page.getByLabel(s.spreadLabel).inputValue()).toBe('');
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await ready(page, s.newName);
      await page.getByRole('heading', { name: s.spreadTitle }).scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('.member-results li').count()).toBe(3);
      expect(await page.locator('.member-results input').first().inputValue()).toBe('KB');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.group-print__member-list li').count()).toBe(3);
      expect(await page.locator('.group-print__member-list').innerText()).toContain('v1-c1-a8-i2-l3');
      await page.emulateMedia({ media: 'screen' });

      // 105 more links: 97 fit (100 in all), the rest are over the limit; a bad line and a duplicate are explained too.
      const many = Array.from({ length: 105 }, (_, i) => `M${i} v1-c${(i % 14) + 1}-a0-i0-l0`);
      await page.getByLabel(s.spreadLabel).fill([...many, 'hello', 'v1-c1-a8-i2-l3'].join('\n'));
      await expect.poll(() => page.getByText(fill(s.spreadReady, { n: 97 })).count()).toBe(1);
      expect(await page.getByText(fill(s.spreadUnused, { n: 10 })).count()).toBe(1);
      expect(await page.getByText(fill(s.unusedReasons['over-limit'], { n: 8, limit: 100 })).count()).toBe(1);
      expect(await page.getByText(fill(s.unusedReasons['not-a-link'], { n: 1 })).count()).toBe(1);
      expect(await page.getByText(fill(s.unusedReasons.duplicate, { n: 1 })).count()).toBe(1);
      await page.getByRole('button', { name: s.spreadAdd }).click();
      await expect.poll(() => page.locator('.member-results li').count()).toBe(100);
      expect((await page.getByLabel(s.spreadLabel).inputValue()).split('\n')).toHaveLength(10);
      expect(await page.getByText(s.spreadUnusedKept).count()).toBe(1);
      // One by one: remove the first member.
      await page.getByRole('button', { name: fill(s.removeResult, { name: 'KB' }) }).click();
      await expect.poll(() => page.locator('.member-results li').count()).toBe(99);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('runs a round of four on one device with marks hidden until the last has voted, and prints two check-ins with the trend', async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page, s.newName);
      await createSheet(page, 'Gruppe R');
      await page.getByRole('heading', { name: s.vitalityTitle }).scrollIntoViewIfNeeded();
      await expect.poll(() => page.getByRole('button', { name: s.saveCheckIn }).isEnabled()).toBe(true);

      // First check-in: agreed marks only.
      await page.getByLabel(s.checkInDate).fill('2026-02-10');
      const agreed = page.locator('.vitality__form .rating');
      for (let i = 0; i < 5; i++) await agreed.nth(i).getByRole('radio', { name: '3', exact: true }).check();
      await page.getByRole('button', { name: s.saveCheckIn }).click();
      await expect.poll(() => page.getByText(s.checkInSaved).count()).toBe(1);

      await page.getByLabel(s.roundCount).fill('4');
      await page.getByRole('button', { name: s.roundStart }).click();
      // Marks per member, by sign; the fourth sign (passion) gets 1 and 5: a disagreement.
      const members = [
        [4, 4, 3, 1, 3],
        [4, 3, 3, 5, 3],
        [5, 4, 4, 3, 3],
        [4, 4, 3, 4, 4],
      ];
      for (const [k, marks] of members.entries()) {
        expect(await page.getByRole('heading', { name: fill(s.roundVoter, { n: k + 1, total: 4 }) }).count()).toBe(1);
        expect(await page.locator('.sign-dots').count()).toBe(0);
        expect(await page.getByRole('button', { name: s.roundReveal }).count()).toBe(0);
        if (k === 0) await page.getByLabel(s.roundVoterName, { exact: true }).fill('KB');
        const groups = page.locator('.round__vote .rating');
        for (let i = 0; i < 5; i++)
          await groups
            .nth(i)
            .getByRole('radio', { name: String(marks[i]), exact: true })
            .check();
        await page.getByRole('button', { name: s.roundSave }).click();
        await expect.poll(() => page.getByText(fill(s.roundVoted, { n: k + 1, total: 4 }), { exact: false }).count()).toBe(1);
        if (k === 0) expect(await axeViolations(page)).toEqual([]);
      }
      expect(await page.locator('.sign-dots').count()).toBe(0);
      await page.getByRole('button', { name: s.roundReveal }).click();
      await expect.poll(() => page.locator('.round .sign-dots').count()).toBe(5);
      for (let i = 0; i < 5; i++) expect(await page.locator('.round .sign-dots').nth(i).locator('circle').count()).toBe(4);
      expect(await page.locator('.round .reveal__sign--disagree').count()).toBe(1);
      expect(
        await page
          .getByText(fill(s.talkFirst, { signs: p.lang === 'da' ? 'Fælles faglig passion' : 'A shared professional passion' }))
          .count(),
      ).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      await page.getByLabel(s.checkInDate).fill('2026-11-20');
      for (let i = 0; i < 5; i++) await agreed.nth(i).getByRole('radio', { name: '4', exact: true }).check();
      await page.getByRole('button', { name: s.saveCheckIn }).click();
      await expect.poll(() => page.locator('.vitality__trend .trend-chart').count()).toBe(5);
      const day = p.lang === 'da' ? '20. nov. 2026' : '20 Nov 2026';
      expect(await page.getByRole('table', { name: s.trendCaption }).innerText()).toContain(day);
      expect(await page.getByRole('table', { name: s.trendCaption }).innerText()).not.toContain('2026-11-20');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.group-print .trend-chart').count()).toBe(5);
      expect(await page.locator('.group-print .sign-dots').count()).toBe(5);
      const printed = await page.locator('.group-print').innerText();
      expect(printed).toContain(s.trendTitle);
      expect(printed).toContain(day);
      expect(printed).not.toContain('2026-11-20');
      await page.emulateMedia({ media: 'screen' });
      // The filled-in trend adds a page: two check-ins and a round print on at most four A4 pages.
      const pagesPrinted = await printedPages(page);
      console.log(`group worksheet (${p.lang}), two check-ins with a round: ${pagesPrinted} A4 pages`);
      expect(pagesPrinted).toBeLessThanOrEqual(4);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('has no sideways scroll at 320 px, and destructive buttons do not look like the main action', async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page, s.newName);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await createSheet(page, 'jens.hansen.meget.lang.adresse@eksempel-virksomhed.dk');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const look = (name: string) =>
        page.getByRole('button', { name, exact: true }).evaluate((b) => {
          const c = getComputedStyle(b);
          return `${c.backgroundColor} ${c.color}`;
        });
      expect(await look(s.remove)).not.toBe(await look(s.create));
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('has a blank sheet of at most two A4 pages', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(baseURL() + p.blank);
      expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(7);
      expect(await printedPages(page)).toBeLessThanOrEqual(2);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  });
}
