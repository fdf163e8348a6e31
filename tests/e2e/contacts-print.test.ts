import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../src/i18n/dates';
import { fill } from '../../src/i18n/fill';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { markGroup } from '../../src/lib/contacts/network/ties';
import { emptyDraft, type ContactContext, type Tie } from '../../src/lib/contacts/types';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { CONTACT_MAP_KEY, contactMapEnvelope, contactMapPages, seededContext, toMap } from './contact-map-page';
import { printedPages } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SNAPSHOTS_KEY = 'netvaerkskompasset:contactSnapshots';

function localDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Circles of people who all know each other, one per context, as a reader with a full map might have them. */
const circles: { context: ContactContext; size: number }[] = [
  { context: 'colleagues', size: 10 },
  { context: 'formerColleagues', size: 8 },
  { context: 'friends', size: 8 },
  { context: 'family', size: 6 },
  { context: 'events', size: 5 },
  { context: 'online', size: 3 },
];
const first = ['Karoline', 'Viggo', 'Henrietta', 'Sigurd', 'Ottilie', 'Leopold', 'Yasmin', 'Priya', 'Aleksandra', 'Mikkel'];
const last = ['Bechmann', 'Lindqvist', 'Ørsted', 'Falkenberg', 'Vestergaard-Mikkelsen', 'Wessel', 'El-Amin', 'Nowak'];
/** Where circle `c` starts in the map's order. */
const startOf = (c: number) => circles.slice(0, c).reduce((sum, circle) => sum + circle.size, 0);
const people = circles.flatMap(({ context, size }, c) =>
  Array.from({ length: size }, (_, i) => {
    const n = startOf(c) + i;
    const due = n % 4 === 0;
    return {
      ...emptyDraft(`${first[n % first.length]} ${last[(n * 3 + c) % last.length]} ${n + 1}`),
      id: `p${String(n).padStart(2, '0')}`,
      contexts: [context],
      closeness: (['close', 'regular', 'occasional', 'dormant'] as const)[n % 4],
      roles: n % 5 === 0 ? ['access' as const] : [],
      // every fourth person has a monthly rhythm that ran out two months ago: the due list
      rhythm: due ? ('month' as const) : ('none' as const),
      lastContact: due ? localDay(-60 - n) : null,
      nextStep: n % 3 === 0 ? 'Ring og spørg om et kvarters snak om, hvem der ansætter projektledere i grønne virksomheder lige nu' : '',
      updatedAt: '2026-11-01T12:00:00.000Z',
    };
  }),
);
const inCircle = (c: number) => people.filter((p) => p.contexts[0] === circles[c].context).map((p) => p.id);
// Each circle knows itself, except the online one; one tie joins the former colleagues to the colleagues.
let ties: Tie[] = circles.slice(0, -1).reduce<Tie[]>((all, _, c) => markGroup(all, inCircle(c)), []);
ties = markGroup(ties, [inCircle(0)[1], inCircle(1)[0]]);
// Someone with a role and no date is due too.
const dueCount = people.filter((p) => p.rhythm !== 'none' || (p.roles.length > 0 && p.lastContact === null)).length;

function storedMap(): string {
  const data = {
    goal: { kind: 'job', text: '', purpose: null },
    people: Object.fromEntries(people.map((p) => [p.id, p])),
    order: people.map((p) => p.id),
    ties,
  };
  return contactMapEnvelope(data);
}

/** A snapshot from two months ago: the last two people not yet there, and the first one dormant then. */
const earlierDay = localDay(-61);
function storedSnapshots(): string {
  const then = people.slice(0, -2).map((p, i) => ({
    id: p.id,
    name: p.name,
    contexts: p.contexts,
    closeness: i === 0 ? 'dormant' : p.closeness,
    roles: p.roles,
    lastContact: null,
  }));
  const ids = new Set(then.map((p) => p.id));
  const snapshot = { id: 'earlier', date: earlierDay, people: then, ties: ties.filter(([a, b]) => ids.has(a) && ids.has(b)) };
  return JSON.stringify({ kind: 'contactSnapshots', version: 1, savedAt: '2026-10-01T12:00:00.000Z', data: { snapshots: [snapshot] } });
}

/**
 * Cells of the printed tables whose width is less than one of their words: the word was split mid-word. The name and
 * the next step are the reader's own text and may break anywhere (an e-mail address as a name), so only the headers
 * and the other columns are checked.
 */
const splitWords = (page: Page) =>
  page.evaluate(() => {
    const cells = [...document.querySelectorAll<HTMLElement>('.cm-print-table th, .cm-print-table td:not(:first-child):not(:last-child)')];
    const out: string[] = [];
    for (const cell of cells) {
      if (cell.offsetParent === null) continue;
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      for (const word of (cell.textContent ?? '').split(/\s+/).filter(Boolean)) {
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        probe.textContent = word;
        cell.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        if (width > room + 0.5) out.push(word);
      }
    }
    return out;
  });

/** An A4 page's printable width at 96 px an inch: 210 mm less two 15 mm margins. */
const A4_CONTENT_PX = Math.floor(((210 - 2 * 15) / 25.4) * 96);
/**
 * A printed page holds at least this many rows of the people table and the due list (a row is at most three lines
 * of 8.5 pt): the bound on the page count below is worked out from the people and the due list with it.
 */
const ROWS_PER_PAGE_AT_LEAST = 20;

for (const p of contactMapPages) {
  const s = contactStrings[p.lang];

  describe(`the contact map printed (${p.lang})`, () => {
    it('prints the map with its ties, the network reading, the due list and a comparison, dates in words, words whole', async () => {
      const context = await seededContext(
        browser,
        { [CONTACT_MAP_KEY]: storedMap(), [SNAPSHOTS_KEY]: storedSnapshots() },
        { viewport: { width: 1280, height: 900 } },
      );
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      const save = page.getByRole('button', { name: s.snapshots.save });
      await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true);
      await save.click();
      const comparison = page.locator('.cm-comparison');
      await expect.poll(() => comparison.count()).toBe(1);
      await toMap(page);
      await page.getByLabel(s.ties.showOnMap).check();
      await expect.poll(() => page.locator('svg.cm-map .cm-tie-lines').count()).toBe(1);
      // Someone who knows many: the card on the map names the first few alphabetically, then how many more.
      const chosen = people[0];
      const known = ties.flatMap(([a, b]) => (a === chosen.id ? [b] : b === chosen.id ? [a] : []));
      const knownNames = people
        .filter((x) => known.includes(x.id))
        .map((x) => x.name)
        .sort((a, b) => a.localeCompare(b, 'da'));
      const shown = await page.evaluate(() => document.querySelectorAll('svg.cm-map text[data-id]').length);
      expect(shown).toBe(people.length);
      await page.locator(`svg.cm-map [data-id="${chosen.id}"]`).click();
      const card = page.getByRole('region', { name: fill(s.selected, { name: chosen.name }) });
      const cardNames = await card.locator('.cm-ties-line').textContent();
      const listed = knownNames.filter((name) => cardNames?.includes(name));
      expect(listed.length).toBeLessThan(knownNames.length);
      expect(cardNames).toBe(
        fill(s.ties.knows, {
          names: `${knownNames.slice(0, listed.length).join(', ')} ${fill(s.andMore, { n: knownNames.length - listed.length })}`,
        }),
      );
      expect(await axeViolations(page)).toEqual([]);
      await card.getByRole('button', { name: s.closeCard }).click();
      await expect.poll(() => card.count()).toBe(0);

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('svg.cm-map .cm-tie-lines').isVisible()).toBe(true);
      const reading = page.locator('.cm-net--print');
      expect(await reading.isVisible()).toBe(true);
      // One broker finding and one finding for the circles only the reader links, each said once.
      expect(await reading.locator('[data-insight="broker"]').count()).toBe(1);
      expect(await reading.locator('[data-insight="ownBridge"]').count()).toBe(1);
      expect(await comparison.isVisible()).toBe(true);
      const due = page.locator('section[aria-labelledby="cm-follow-heading"] .cm-print-table');
      await expect.poll(() => due.locator('tbody tr').count()).toBe(dueCount);

      // Dates in words, in the page's language, and no date as digits anywhere on paper.
      const printed = await page.evaluate(() => document.body.innerText);
      expect(printed).toContain(formatDay(earlierDay, p.lang));
      expect(printed).toContain(formatDay(localDay(0), p.lang));
      for (const person of people.filter((x) => x.lastContact)) expect(printed).toContain(formatDay(person.lastContact!, p.lang));
      expect(printed).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);

      // On paper's width, no header or short column splits a word.
      await page.setViewportSize({ width: A4_CONTENT_PX, height: 900 });
      expect(await splitWords(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ media: 'screen' });

      // The map is a page, the comparison starts a page and takes at most two (its lists, then the map after), the
      // network reading fits a page, and the tables need a page per ROWS_PER_PAGE_AT_LEAST rows at most.
      const pages = await printedPages(page);
      const tablePages = Math.ceil((people.length + dueCount) / ROWS_PER_PAGE_AT_LEAST);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(pages).toBeLessThanOrEqual(1 + 2 + 1 + tablePages);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
