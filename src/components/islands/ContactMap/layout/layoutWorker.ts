import type { LayoutOptions, MapLayout } from '../../../../lib/contacts/layout';
import { mapPerson, type MapPerson } from '../../../../lib/contacts/map-types';
import { sameMapPeople } from '../../../../lib/contacts/mapPreview';
import type { LayoutRequest, LayoutResponse } from './messages';

interface Pending {
  resolve(response: LayoutResponse): void;
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
      p?.resolve(event.data);
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

/**
 * Whether maps are laid out off the main thread here (false in browsers without workers, and after a failure). The
 * first call starts the worker, so its script loads while the page does other work.
 */
export function hasLayoutWorker(): boolean {
  if (worker === undefined) worker = start();
  return worker !== null;
}

/** A request of either kind, without the id `ask` gives it. */
type Unnumbered<R> = R extends unknown ? Omit<R, 'id'> : never;

function ask(request: Unnumbered<LayoutRequest>): Promise<LayoutResponse> {
  if (!hasLayoutWorker()) return Promise.reject(new Error('no layout worker'));
  const id = ++nextId;
  return new Promise<LayoutResponse>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage({ ...request, id } as LayoutRequest);
  });
}

/** A preview of the stored map: its people as read from the stored text, and their layout. */
export interface MapPreview {
  people: readonly MapPerson[];
  layout: MapLayout;
}

let preview: { options: LayoutOptions; answer: Promise<MapPreview | null> } | undefined;

/**
 * The layout of the people in a stored contact map's text, read and laid out by the worker before the page has
 * checked the text (see `previewMapPeople`): the map can be drawn while the page is still loading its checking code.
 * Asked once per page; resolves with null when the text could not be read that way or there is no worker.
 */
export function previewLayout(stored: { raw: string; kind: string; version: number }, options: LayoutOptions): Promise<MapPreview | null> {
  preview ??= {
    options,
    answer: ask({ stored, options }).then(
      (r) => (r.layout && r.people ? { people: r.people, layout: r.layout } : null),
      () => null,
    ),
  };
  return preview.answer;
}

/** The preview asked for on this page, if any. */
export const currentPreview = (): Promise<MapPreview | null> | undefined => preview?.answer;

/** The last request: asked again for the same people (the same objects, in the same order) and options, it is reused. */
let last: { people: readonly MapPerson[]; options: LayoutOptions; layout: Promise<MapLayout> } | undefined;

const samePeople = (a: readonly MapPerson[], b: readonly MapPerson[]) => a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * The layout of `people`, made by the worker. Rejects if the worker fails; then `hasLayoutWorker()` is false. Only
 * what the layout reads is sent: copying a thousand people's notes and logs to the worker was a long task.
 *
 * The island asks as soon as the stored people are checked, before the map's code may have loaded; the map then asks
 * again with the same people (filtered anew, so a new array) and gets that answer instead of a second layout. When
 * the checked people are the ones the preview read (the usual case), the preview's layout is the answer.
 */
export function layoutInWorker(people: readonly MapPerson[], options: LayoutOptions): Promise<MapLayout> {
  if (last && last.options === options && samePeople(last.people, people)) return last.layout;
  const fresh = () => ask({ people: people.map(mapPerson), options }).then((r) => r.layout!);
  const fromPreview = preview?.options === options ? preview.answer : undefined;
  const layout = fromPreview
    ? fromPreview.then((p) => (p && sameMapPeople(p.people, people) ? p.layout : fresh()))
    : hasLayoutWorker()
      ? fresh()
      : Promise.reject(new Error('no layout worker'));
  last = { people, options, layout };
  return layout;
}
