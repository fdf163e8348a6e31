import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWorksheetFileProblem } from '../../src/i18n/fileProblems';
import { fill } from '../../src/i18n/fill';
import { groupStrings } from '../../src/i18n/islands/group';
import { sectionFields } from '../../src/lib/group/types';
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

      await page.getByLabel(s.importOne).setInputFiles(file);
      await expect
        .poll(() => page.getByLabel(s.choose, { exact: true }).locator('option').allTextContents())
        .toEqual(['Gruppe B', 'Gruppe A']);
      await page.getByLabel(s.choose, { exact: true }).selectOption({ label: 'Gruppe A' });
      expect(await page.getByLabel(s.fields.text, { exact: true }).inputValue()).toBe('Formål A');
      await page.getByLabel(s.choose, { exact: true }).selectOption({ label: 'Gruppe B' });
      expect(await page.getByLabel(s.fields.text, { exact: true }).inputValue()).toBe('Formål B');

      // A bad file changes nothing and says so.
      await page
        .getByLabel(s.importOne)
        .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"__proto__": 1}') });
      const refused = fill(s.importProblem, { reason: describeWorksheetFileProblem({ code: 'forbidden-key', key: '__proto__' }, p.lang) });
      await expect.poll(() => page.getByRole('status').filter({ hasText: refused }).count()).toBe(1);
      expect(await page.getByLabel(s.choose, { exact: true }).locator('option').count()).toBe(2);
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
      const links = [`${baseURL()}/oevelser/hvad-vil-du/#v1-c5-a3-i3-l3`, 'v1-c1-a8-i2-l3', 'not a link', 'v1-c0-a0-i1-l9'].join('\n');
      await page.getByLabel(s.spreadLabel).fill(links);
      await expect.poll(() => page.getByText(s.spreadCount.replace('{n}', '3')).count()).toBe(1);
      expect(await page.getByText(s.spreadLine.replace('{n}', '3').replace('{reason}', s.reasons.malformed)).count()).toBe(1);
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
