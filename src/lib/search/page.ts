import { fill } from '../site/fill';
import { splitExcerpt } from './excerpt';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

type Messages = Record<'loading' | 'none' | 'count' | 'countOne' | 'failed', string>;

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind's code and index load only when the reader first searches. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: base });
    return pf;
  })();
  return pagefind;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLUListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const messages = JSON.parse(list.dataset.messages ?? '{}') as Messages;
  let latest = 0;

  async function search(q: string) {
    const ticket = ++latest;
    const query = q.trim();
    if (!query) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    list!.setAttribute('aria-busy', 'true');
    if (!pagefind) status!.textContent = messages.loading;
    try {
      const pf = await loadPagefind();
      const found = await pf.search(query);
      if (!found || ticket !== latest) return;
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      if (ticket !== latest) return;
      list!.replaceChildren(...data.map(renderResult));
      const n = found.results.length;
      status!.textContent = fill(n === 0 ? messages.none : n === 1 ? messages.countOne : messages.count, { q: query, n });
    } catch (error) {
      status!.textContent = messages.failed;
      console.error('Search failed:', error);
    } finally {
      list!.removeAttribute('aria-busy');
    }
  }

  // Start loading Pagefind as soon as the reader is in the field, so the first results come quickly.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  // Search on every keystroke: Pagefind answers in milliseconds, and only the latest search is shown.
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void search(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value);
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}

function renderResult(data: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  h.append(a);
  const p = document.createElement('p');
  for (const part of splitExcerpt(data.excerpt)) {
    if (part.hit) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  li.append(h, p);
  return li;
}
