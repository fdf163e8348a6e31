import type { LayoutOptions, MapLayout } from '../../../../lib/contacts/layout';
import { mapPerson, type MapPerson } from '../../../../lib/contacts/map-types';
import type { LayoutRequest, LayoutResponse } from './messages';

interface Pending {
  resolve(layout: MapLayout): void;
  reject(error: Error): void;
}

/** The one layout worker of the page: undefined until first asked for, null where there is none (or it failed). */
let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function start(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'contact-map-layout' });
    w.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const p = pending.get(event.data.id);
      pending.delete(event.data.id);
      p?.resolve(event.data.layout);
    };
    // A worker that cannot load (a browser without module workers, a script the cache lost) or throws: the page
    // lays the map out itself from then on.
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      worker = null;
      last = undefined;
      failAll(new Error(`layout worker failed: ${event.message}`));
    };
    return w;
  } catch {
    return null;
  }
}

/** Whether maps are laid out off the main thread here (false in browsers without workers, and after a failure). */
export function hasLayoutWorker(): boolean {
  if (worker === undefined) worker = start();
  return worker !== null;
}

/** The last request: asked again for the same people (the same objects, in the same order) and options, it is reused. */
let last: { people: readonly MapPerson[]; options: LayoutOptions; layout: Promise<MapLayout> } | undefined;

const samePeople = (a: readonly MapPerson[], b: readonly MapPerson[]) => a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * The layout of `people`, made by the worker. Rejects if the worker fails; then `hasLayoutWorker()` is false. Only
 * what the layout reads is sent: copying a thousand people's notes and logs to the worker was a long task. Asked
 * again for the same people (filtered anew, so a new array, when the page learns today's date) with the same options
 * (one object per language, `mapLayoutOptions`), the pending or given answer is the answer: no second layout.
 */
export function layoutInWorker(people: readonly MapPerson[], options: LayoutOptions): Promise<MapLayout> {
  if (last && last.options === options && samePeople(last.people, people)) return last.layout;
  if (!hasLayoutWorker()) return Promise.reject(new Error('no layout worker'));
  const id = ++nextId;
  const request: LayoutRequest = { id, people: people.map(mapPerson), options };
  const layout = new Promise<MapLayout>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
  last = { people, options, layout };
  return layout;
}
