/**
 * Search latency on the search page: from the last keystroke to the results on screen.
 * "On screen" is the first animation frame after the status line names the typed query
 * (the page writes it right after rendering the results list, in the same task).
 */
import type { Browser, Page } from 'playwright-core';
import { median } from './stats.ts';
import { phone } from './weight.ts';

export interface SearchTiming {
  /** First search on a freshly loaded page: includes fetching Pagefind's code, WebAssembly and index. */
  cold: number[];
  /** A second query on the same page, Pagefind already loaded. */
  warm: number[];
  /** Results per query (cold), to show the queries found something. */
  hits: number[];
  errors: string[];
}

/** Typing speed: a key every 60 ms, faster than the page's input debounce, like a reader typing a word. */
const keyDelay = 60;

async function timeQuery(page: Page, query: string): Promise<{ ms: number; hits: number }> {
  await page.evaluate((q) => {
    const w = window as unknown as { __bench: { lastKey: number; shown: number; q: string } };
    w.__bench = { lastKey: 0, shown: 0, q };
    const mark = () => (w.__bench.lastKey = performance.now());
    if (!(window as unknown as { __benchHooked?: boolean }).__benchHooked) {
      (window as unknown as { __benchHooked?: boolean }).__benchHooked = true;
      document.addEventListener('keydown', mark, true);
      document.addEventListener('input', mark, true);
      const status = document.querySelector('[role=status]');
      new MutationObserver(() => {
        const b = w.__bench;
        if (b.shown || !b.q || !status?.textContent?.includes(b.q)) return;
        if (document.querySelector('[data-search-results]')?.hasAttribute('aria-busy')) return;
        requestAnimationFrame(() => {
          if (!b.shown) b.shown = performance.now();
        });
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    }
  }, query);
  await page.locator('[data-search-form] input[name="q"]').focus();
  await page.keyboard.type(query, { delay: keyDelay });
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: { shown: number } }).__bench.shown > 0, null, { timeout: 10_000 });
  } catch {
    const state = await page.evaluate(() => ({
      value: document.querySelector<HTMLInputElement>('[data-search-form] input[name="q"]')?.value,
      status: document.querySelector('[role=status]')?.textContent,
    }));
    throw new Error(`no results on screen 10 s after typing "${query}": box "${state.value}", status "${state.status}"`);
  }
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { lastKey: number; shown: number } }).__bench;
    return { ms: b.shown - b.lastKey, hits: document.querySelectorAll('[data-search-results] li').length };
  });
}

/** Each query typed as the first search on a fresh page (cold), then the next query on the same page (warm). */
export async function measureSearch(browser: Browser, url: string, queries: string[]): Promise<SearchTiming> {
  const result: SearchTiming = { cold: [], warm: [], hits: [], errors: [] };
  for (const [i, query] of queries.entries()) {
    // One retry: a machine this small is sometimes busy with something else.
    for (let attempt = 1; attempt <= 2; attempt++) {
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForLoadState('networkidle');
        const cold = await timeQuery(page, query);
        // Clear the box the way a reader does, let the empty search settle, then type the next word.
        await page.locator('[data-search-form] input[name="q"]').fill('');
        await page.waitForFunction(() => !document.querySelector('[role=status]')?.textContent, null, { timeout: 5_000 });
        const warm = await timeQuery(page, queries[(i + 1) % queries.length]!);
        result.cold.push(cold.ms);
        result.hits.push(cold.hits);
        result.warm.push(warm.ms);
        break;
      } catch (error) {
        result.errors.push(`${query} (attempt ${attempt}): ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await context.close();
      }
    }
  }
  return result;
}

export const searchMedians = (t: SearchTiming) => ({ cold: median(t.cold), warm: median(t.warm) });
