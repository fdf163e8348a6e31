import { fill } from '../site/fill';

type Messages = Record<'progress' | 'done' | 'failed' | 'unsupported', string>;
interface OfflineList {
  bytes: number;
  files: { url: string; cache: string }[];
}

/** Files fetched at a time: enough to keep the connection busy, few enough not to starve the page. */
const PARALLEL = 4;

/**
 * "Keep all articles offline" on the My data page: fetches the list the build wrote next to the service worker
 * (`offline-articles.json`: every article, the article indexes, and search files the first visit left out) and
 * puts each file into the cache the service worker reads it from. Files already kept are skipped.
 */
export function runKeepArticles(): void {
  const root = document.querySelector<HTMLElement>('[data-keep-articles]');
  const button = root?.querySelector<HTMLButtonElement>('button');
  const status = root?.querySelector<HTMLElement>('[role="status"]');
  if (!root || !button || !status) return;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  if (!('caches' in window) || !('serviceWorker' in navigator)) {
    status.textContent = messages.unsupported;
    return;
  }
  button.disabled = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    void keepAll(status, messages).then(
      () => undefined,
      (error: unknown) => {
        console.warn('Keeping the articles offline failed:', error);
        status.textContent = messages.failed;
        button.disabled = false;
      },
    );
  });
}

async function keepAll(status: HTMLElement, messages: Messages): Promise<void> {
  const base = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), location.origin);
  const response = await fetch(new URL('offline-articles.json', base), { cache: 'no-store' });
  if (!response.ok) throw new Error(`offline-articles.json: HTTP ${response.status}`);
  const { files } = (await response.json()) as OfflineList;
  const total = files.length;
  let done = 0;
  let shown = 0;
  const show = () => {
    // A status region is read aloud: say how far it has come now and then, not after every file.
    if (done === total || performance.now() - shown > 1000) {
      shown = performance.now();
      status.textContent = fill(messages.progress, { done, total });
    }
  };
  show();
  const queue = [...files];
  const work = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const cache = await caches.open(file.cache);
      const url = new URL(file.url, base).href;
      if (!(await cache.match(url, { ignoreSearch: true }))) await cache.add(url);
      done += 1;
      show();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, work));
  status.textContent = fill(messages.done, { total });
  // Ask the browser not to evict the kept pages when space runs low (a hint; it may say no).
  await navigator.storage?.persist?.().catch(() => false);
}
