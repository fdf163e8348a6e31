/**
 * The contact map's address book with a generated 30,000-connection LinkedIn export (issue 14), in
 * the page, Chromium, no CPU throttling:
 * - import: from the file input's change event to the preview drawn, plus from the click on "Load them"
 *   to the next frame after it (the book is written in that click), median of `imports` fresh pages;
 * - storage: the stored address book's UTF-8 bytes divided by the people in it;
 * - search: one key press in the search field (the native input event) to the next animation frame,
 *   by which React has rendered the new page of results; median of `keys` presses;
 * - full storage: with the site's storage filled so that the book cannot fit, the import must show its
 *   message (role="alert") and write nothing.
 * Goals: import ≤ 3 s, search ≤ 50 ms, ≤ 80 bytes per person, and the full-storage message.
 */
import type { Browser, Page } from 'playwright-core';
import { generateLinkedInCsv } from './linkedin-file.ts';
import { num, text, type Goal, type Section } from './report.ts';
import { median } from './stats.ts';

const BOOK_KEY = 'netvaerkskompasset:addressBook';
export const IMPORT_GOAL_MS = 3000;
export const SEARCH_GOAL_MS = 50;
export const BYTES_PER_PERSON_GOAL = 80;

export interface AddressBookTiming {
  people: number;
  fileBytes: number;
  /** Milliseconds, median: change → preview, click → written and drawn, and their sum. */
  preview: number | null;
  confirm: number | null;
  import: number | null;
  bytesPerPerson: number | null;
  search: number | null;
  /** The storage-full message was shown and nothing was written; null if not checked. */
  fullStorageMessage: boolean | null;
  imports: number;
  keys: number;
  errors: string[];
}

/** The import's file input is on the page (its section loads after hydration) and enabled (the stored data is read). */
const ready = (page: Page) =>
  page.waitForFunction(
    () => {
      const input = document.querySelector<HTMLInputElement>('#cm-import');
      return input !== null && !input.disabled;
    },
    null,
    { timeout: 30_000 },
  );

/** One import of `csv` on a fresh page; returns the times and leaves the page open on the filled book. */
async function timeImport(page: Page, url: string, csv: Buffer): Promise<{ preview: number; confirm: number }> {
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  await page.evaluate(() => {
    const w = window as unknown as { __book: { start?: number; preview?: number } };
    w.__book = {};
    document.querySelector('#cm-import')!.addEventListener('change', () => (w.__book.start = performance.now()), { capture: true });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('#cm-preview-heading')) return;
      w.__book.preview = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.setInputFiles('#cm-import', { name: 'Connections.csv', mimeType: 'text/csv', buffer: csv });
  await page.waitForFunction(() => (window as unknown as { __book: { preview?: number } }).__book.preview !== undefined, null, {
    timeout: 60_000,
  });
  const preview = await page.evaluate(() => {
    const t = (window as unknown as { __book: { start: number; preview: number } }).__book;
    return t.preview - t.start;
  });
  const confirm = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const button = document.querySelector<HTMLButtonElement>('.cm-preview .button-row button:not(.secondary)');
        if (!button) return reject(new Error('no confirm button in the preview'));
        const t0 = performance.now();
        button.click();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }),
  );
  return { preview, confirm };
}

/** One key press in the address book's search field, to the next frame. */
function timeKey(page: Page, value: string): Promise<number> {
  return page.evaluate(
    (v) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('#cm-book-search');
        if (!input) return reject(new Error('no address book search field'));
        input.focus();
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const t0 = performance.now();
        setValue.call(input, v);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: v.slice(-1), inputType: 'insertText' }));
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }),
    value,
  );
}

/** Everything typed, one key at a time: each prefix of each word, then the field emptied. */
const typing = ['karen', 'jensen', 'aarhus kommune', 'projektleder', 'bøgh'].flatMap((word) => [
  ...Array.from(word, (_, i) => word.slice(0, i + 1)),
  '',
]);

/** Fill the site's storage with filler so that about `free` UTF-16 units are left; returns the filler keys. */
async function fillStorage(page: Page, free: number): Promise<void> {
  await page.evaluate((leave) => {
    const chunk = 'x'.repeat(256 * 1024);
    let i = 0;
    try {
      for (; i < 200; i++) localStorage.setItem(`bench-filler-${i}`, chunk);
    } catch {
      // full
    }
    // Free enough for a small change, not for the book.
    let freed = 0;
    while (freed < leave && i > 0) {
      localStorage.removeItem(`bench-filler-${--i}`);
      freed += chunk.length;
    }
  }, free);
}

async function checkFullStorage(browser: Browser, url: string, csv: Buffer): Promise<boolean> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await ready(page);
    await fillStorage(page, 300_000);
    await page.setInputFiles('#cm-import', { name: 'Connections.csv', mimeType: 'text/csv', buffer: csv });
    await page.waitForSelector('#cm-preview-heading', { timeout: 60_000 });
    await page.click('.cm-preview .button-row button:not(.secondary)');
    await page.waitForSelector('#cm-import-problem', { timeout: 10_000 });
    const alert = (await page.textContent('#cm-import-problem')) ?? '';
    const written = await page.evaluate((key) => localStorage.getItem(key), BOOK_KEY);
    return /MB/.test(alert) && written === null;
  } finally {
    await context.close();
  }
}

export async function measureAddressBook(browser: Browser, url: string, people = 30_000, imports = 3): Promise<AddressBookTiming> {
  const csv = Buffer.from(generateLinkedInCsv(people));
  const result: AddressBookTiming = {
    people,
    fileBytes: csv.length,
    preview: null,
    confirm: null,
    import: null,
    bytesPerPerson: null,
    search: null,
    fullStorageMessage: null,
    imports,
    keys: typing.length,
    errors: [],
  };
  try {
    const previews: number[] = [];
    const confirms: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < imports; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        const t = await timeImport(page, url, csv);
        previews.push(t.preview);
        confirms.push(t.confirm);
        totals.push(t.preview + t.confirm);
        if (i === imports - 1) {
          const stored = await page.evaluate((key) => {
            const raw = localStorage.getItem(key);
            if (!raw) return null;
            return {
              bytes: new TextEncoder().encode(raw).length,
              people: (JSON.parse(raw) as { data: { people: unknown[] } }).data.people.length,
            };
          }, BOOK_KEY);
          if (!stored || stored.people !== people) throw new Error(`the address book holds ${stored?.people ?? 0} people, not ${people}`);
          result.bytesPerPerson = stored.bytes / stored.people;
          await page.waitForSelector('#cm-book-search', { timeout: 30_000 });
          await timeKey(page, 'x');
          await timeKey(page, '');
          const keys: number[] = [];
          for (const value of typing) keys.push(await timeKey(page, value));
          result.search = median(keys);
        }
      } finally {
        await context.close();
      }
    }
    result.preview = median(previews);
    result.confirm = median(confirms);
    result.import = median(totals);
    result.fullStorageMessage = await checkFullStorage(browser, url, csv);
  } catch (error) {
    result.errors.push((error as Error).message);
  }
  return result;
}

export function addressBookSection(ab: AddressBookTiming): Section {
  return {
    id: 'address-book',
    title: `Address book with a generated ${ab.people.toLocaleString('en')}-connection LinkedIn export (goals: import ≤ ${IMPORT_GOAL_MS / 1000} s, search ≤ ${SEARCH_GOAL_MS} ms, ≤ ${BYTES_PER_PERSON_GOAL} bytes a person)`,
    rowHeader: 'scenario',
    columns: [
      'file → preview',
      'confirm → written',
      'import in all',
      'key press → results',
      'stored bytes a person',
      'storage full: message, nothing written',
    ],
    rows: [
      {
        label: `${ab.people.toLocaleString('en')} connections`,
        cells: [
          num(ab.preview, 'ms'),
          num(ab.confirm, 'ms'),
          num(ab.import, 'ms'),
          num(ab.search, 'ms'),
          num(ab.bytesPerPerson === null ? null : Math.round(ab.bytesPerPerson * 10) / 10, 'count'),
          text(ab.fullStorageMessage === null ? '—' : ab.fullStorageMessage ? 'yes' : 'NO'),
        ],
      },
    ],
    notes: [
      `The file is ${(ab.fileBytes / 1024 / 1024).toFixed(1)} MB (bench/lib/linkedin-file.ts). Medians of ${ab.imports} imports on fresh pages (file input change → preview drawn, plus the click on "Load them" → next frame) and ${ab.keys} key presses in the address book's search (input event → next frame). Desktop viewport, no CPU throttling. Bytes: the stored value's UTF-8 bytes ÷ people.`,
      ...ab.errors.map((e) => `Error: ${e}`),
    ],
  };
}

export function addressBookGoals(ab: AddressBookTiming | null): Goal[] {
  const goal = (name: string, v: number | null, max: number, unit: string): Goal => ({
    goal: name,
    measured: v === null ? (ab?.errors.join('; ') ?? 'not measured') : `${Math.round(v * 10) / 10} ${unit}`,
    met: v === null ? (ab?.errors.length ? false : null) : v <= max,
  });
  return [
    goal(
      `Address book: import of ${ab?.people.toLocaleString('en') ?? '30,000'} LinkedIn connections ≤ ${IMPORT_GOAL_MS / 1000} s`,
      ab?.import ?? null,
      IMPORT_GOAL_MS,
      'ms',
    ),
    goal(`Address book: search key press → results ≤ ${SEARCH_GOAL_MS} ms`, ab?.search ?? null, SEARCH_GOAL_MS, 'ms'),
    goal(`Address book: storage ≤ ${BYTES_PER_PERSON_GOAL} bytes a person`, ab?.bytesPerPerson ?? null, BYTES_PER_PERSON_GOAL, 'bytes'),
    {
      goal: 'Address book: a clear message, and nothing written, when the storage cannot hold the file',
      measured:
        ab?.fullStorageMessage === null || !ab
          ? 'not measured'
          : ab.fullStorageMessage
            ? 'shown, nothing written'
            : 'NOT shown, or something written',
      met: ab?.fullStorageMessage ?? null,
    },
  ];
}
