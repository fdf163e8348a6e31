import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { fill } from '../../src/i18n/fill';
import { emptyDraft, type ContactContext } from '../../src/lib/contacts/types';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { CONTACT_MAP_KEY, contactMapEnvelope, contactMapPages, seededContext, startScrolling } from './contact-map-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages = contactMapPages;

/** Six people: three colleagues and three friends, nobody marked as knowing anyone yet. */
/** Emil's initial ends his name with a full stop: a sentence ending with his name ends with one full stop. */
const names = ['Anna', 'Bo', 'Carl', 'Dina', 'Emil E.', 'Frida'];
function storedMap(): string {
  const people: Record<string, unknown> = {};
  names.forEach((name, i) => {
    const id = `p${i}`;
    const contexts: ContactContext[] = [i < 3 ? 'colleagues' : 'friends'];
    people[id] = { ...emptyDraft(name), id, contexts, closeness: 'regular', updatedAt: '2026-11-01T12:00:00.000Z' };
  });
  const data = { goal: { kind: 'job', text: '', purpose: null }, people, order: names.map((_, i) => `p${i}`), ties: [] };
  return contactMapEnvelope(data);
}

const seeded = (width: number): Promise<BrowserContext> =>
  seededContext(browser, { [CONTACT_MAP_KEY]: storedMap() }, { viewport: { width, height: 800 } });

/** The focused element's accessible text: its label's text (form fields) or its own text (buttons). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return '';
    const label = el.labels?.[0] ?? el.closest('label');
    return (label?.textContent ?? el.textContent ?? '').trim();
  });

/** Press Tab (or Shift+Tab) until the focused control is called `name`: the keyboard alone, no clicks. */
async function tabTo(page: Page, name: string, back = false): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`no control called “${name}” within 400 presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const p of pages) {
  const s = contactStrings[p.lang];
  const t = s.ties;

  describe(`who knows whom (${p.lang})`, () => {
    it('takes ties by keyboard alone, names the one link between two circles, and draws the ties on the map', async () => {
      const context = await seeded(375);
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await startScrolling(page);
      const status = page.locator('.cm-ties__status');
      const chooser = page.getByLabel(t.choose, { exact: true });
      await expect.poll(() => chooser.locator('option').count(), { timeout: 15_000 }).toBe(names.length + 1);

      // Anna and Bo: everyone from work, with the "select all" shortcut (the chosen person's context comes first).
      await tabTo(page, t.choose);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => chooser.inputValue()).toBe('p0');
      const colleagues = s.contexts.colleagues;
      await tabTo(page, fill(t.selectAll, { n: 2, context: colleagues }));
      await page.keyboard.press('Enter');
      await expect.poll(() => status.textContent()).toBe(fill(t.nowKnowsAll, { name: 'Anna', n: 2, context: colleagues }));
      await tabTo(page, t.choose, true);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => chooser.inputValue()).toBe('p1');
      await tabTo(page, fill(t.selectAll, { n: 2, context: colleagues }));
      await page.keyboard.press('Space');
      await expect.poll(() => status.textContent()).toBe(fill(t.nowKnowsAll, { name: 'Bo', n: 2, context: colleagues }));
      expect(await pageWidth(page)).toBeLessThanOrEqual(375);
      expect(await axeViolations(page)).toEqual([]);

      // The friends: a group who all know each other, three ticks and one button.
      await tabTo(page, t.modePerson, true);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.getByLabel(t.modeGroup).isChecked()).toBe(true);
      for (const name of ['Dina', 'Emil E.', 'Frida']) {
        await tabTo(page, name);
        await page.keyboard.press('Space');
      }
      await tabTo(page, t.groupButton);
      await page.keyboard.press('Enter');
      await expect.poll(() => status.textContent()).toBe(fill(t.groupDone, { n: 3 }));
      expect(await pageWidth(page)).toBeLessThanOrEqual(375);
      expect(await axeViolations(page)).toEqual([]);

      // Carl alone knows two of the friends: one tick each.
      await tabTo(page, t.modeGroup, true);
      await page.keyboard.press('ArrowUp');
      await tabTo(page, t.choose);
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await expect.poll(() => chooser.inputValue()).toBe('p2');
      for (const name of ['Dina', 'Emil E.']) {
        await tabTo(page, name);
        await page.keyboard.press('Space');
        await expect.poll(() => status.textContent()).toBe(fill(t.nowKnows, { name: 'Carl', other: name }));
      }
      expect(await page.getByText(fill(t.total, { ties: fill(t.tiesMany, { n: 8 }) })).count()).toBe(1);

      // The insights name Carl as the only link between the two circles.
      const circle = (n: number, who: string[]) => fill(t.circle, { n, names: who.join(', ') });
      const broker = page.locator('.cm-insights [data-insight="broker"]');
      await expect.poll(() => broker.count()).toBe(1);
      expect(await broker.textContent()).toBe(
        fill(t.broker, { person: 'Carl', main: circle(1, ['Anna', 'Bo', 'Carl']), circle: circle(2, ['Dina', 'Emil E.', 'Frida']) }),
      );

      // Carl's sheet lists whom he knows.
      await page.locator('.cm-card', { hasText: 'Carl' }).click();
      const sheet = page.getByRole('dialog');
      await expect.poll(() => sheet.getByText(fill(t.knows, { names: 'Anna, Bo, Dina, Emil E' }), { exact: true }).count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => sheet.count()).toBe(0);

      // The map: no lines until the switch is on, then one per tie.
      await expect
        .poll(() =>
          page
            .locator('#cm-map-heading')
            .scrollIntoViewIfNeeded({ timeout: 1000 })
            .then(() => page.locator('svg.cm-map text[data-id]').count())
            .catch(() => 0),
        )
        .toBe(names.length);
      const lines = page.locator('svg.cm-map .cm-tie-lines');
      expect(await lines.count()).toBe(0);
      await page.getByLabel(t.showOnMap).check();
      await expect.poll(() => lines.count()).toBe(1);
      expect((await lines.getAttribute('d'))?.match(/M/g)).toHaveLength(8);
      expect(await page.locator('.cm-legend li[data-legend="ties"]').count()).toBe(1);
      // Chosen on the map, Carl's card says whom he knows, as his details do.
      await page.locator('svg.cm-map [data-id="p2"]').click();
      const card = page.getByRole('region', { name: fill(s.selected, { name: 'Carl' }) });
      await expect.poll(() => card.getByText(fill(t.knows, { names: 'Anna, Bo, Dina, Emil E' }), { exact: true }).count()).toBe(1);
      await card.getByRole('button', { name: s.closeCard }).click();
      await expect.poll(() => card.count()).toBe(0);
      expect(await pageWidth(page)).toBeLessThanOrEqual(375);
      expect(await axeViolations(page)).toEqual([]);

      // Printed, the lines stay and the network reading comes along.
      await page.emulateMedia({ media: 'print' });
      expect(await lines.isVisible()).toBe(true);
      expect(await page.locator('.cm-net--print [data-insight="broker"]').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
