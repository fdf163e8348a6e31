// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrawWhen } from '../../src/components/islands/ContactMap/useDrawWhenNear';
import type { LayoutRequest } from '../../src/components/islands/ContactMap/layout/messages';
import { layoutMap, type MapLayout } from '../../src/lib/contacts/layout';
import { contexts, emptyDraft, type Person } from '../../src/lib/contacts/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A stand-in for the layout worker: keeps what it is asked, answers when the test says so. */
class FakeWorker {
  static last: FakeWorker | undefined;
  requests: LayoutRequest[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: LayoutRequest) {
    this.requests.push(request);
  }
  terminate() {}
  /** Answer the request at `index` as the real worker would. */
  answer(index: number) {
    const r = this.requests[index]!;
    this.onmessage?.({ data: { id: r.id, layout: layoutMap(r.people, r.options) } });
  }
  fail() {
    this.onerror?.({ message: 'could not load', preventDefault() {} });
  }
}

const EMPTY: MapLayout = layoutMap([]);
const OPTIONS = { markerRadius: 4 };
const people = (n: number, prefix = 'p'): Person[] =>
  Array.from({ length: n }, (_, i) => ({
    ...emptyDraft(`Person ${prefix}${i}`),
    id: `${prefix}${i}`,
    contexts: [contexts[i % contexts.length]!],
    closeness: 'close',
    updatedAt: '2026-11-01T00:00:00.000Z',
  }));

let root: Root;
let container: HTMLElement;

/** Renders a probe that shows how many people the layout it gets has placed. */
async function mount() {
  const { useMapLayout } = await import('../../src/components/islands/ContactMap/layout/useMapLayout');
  function Probe({ who, when }: { who: Person[]; when: DrawWhen }) {
    const layout = useMapLayout(who, OPTIONS, when, EMPTY);
    return <p>{layout === EMPTY ? 'empty' : layout.people.map((p) => p.id).join(' ')}</p>;
  }
  return async (who: Person[], when: DrawWhen) => {
    await act(async () => root.render(<Probe who={who} when={when} />));
    return container.textContent ?? '';
  };
}

beforeEach(() => {
  vi.resetModules();
  FakeWorker.last = undefined;
  vi.stubGlobal('Worker', FakeWorker);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

describe('the contact map laid out in a worker', () => {
  it('starts no worker while the page hydrates, asks it once the page is idle, and draws its answer once near', async () => {
    const render = await mount();
    const first = people(12);
    expect(await render(first, 'later')).toBe('empty');
    expect(FakeWorker.last).toBeUndefined();
    expect(await render(first, 'ready')).toBe('empty');
    const worker = FakeWorker.last!;
    expect(worker.requests).toHaveLength(1);
    await act(async () => worker.answer(0));
    // Laid out, not drawn: the map is not near yet.
    expect(container.textContent).toBe('empty');
    const drawn = await render(first, 'soon');
    expect(drawn.split(' ').sort()).toEqual(first.map((p) => p.id).sort());
    // The answer was kept: drawing asked nothing more.
    expect(worker.requests).toHaveLength(1);
  });

  it('asks the worker when the map comes near before the page was idle', async () => {
    const render = await mount();
    const first = people(7);
    await render(first, 'later');
    expect(await render(first, 'soon')).toBe('empty');
    await act(async () => FakeWorker.last!.answer(0));
    expect(container.textContent!.split(' ')).toHaveLength(first.length);
  });

  it('keeps the last map while the worker lays out an edit, and never draws an answer that came too late', async () => {
    const render = await mount();
    const before = people(5);
    await render(before, 'soon');
    const worker = FakeWorker.last!;
    await act(async () => worker.answer(0));
    const after = [...before, ...people(1, 'new')];
    expect(await render(after, 'soon')).not.toContain('new0');
    const latest = [...after, ...people(1, 'newer')];
    await render(latest, 'soon');
    // The answer for `after` arrives after `latest` was asked for: still the old map.
    await act(async () => worker.answer(1));
    expect(container.textContent).not.toContain('new0');
    await act(async () => worker.answer(2));
    expect(container.textContent).toContain('newer0');
  });

  it('asks once for the same people filtered anew (a new array, the same people), and again after an edit', async () => {
    const render = await mount();
    const who = people(9);
    await render(who, 'soon');
    const worker = FakeWorker.last!;
    await render([...who], 'soon');
    expect(worker.requests).toHaveLength(1);
    await act(async () => worker.answer(0));
    expect(container.textContent!.split(' ')).toHaveLength(who.length);
    const edited = who.map((p, i) => (i === 3 ? { ...p, closeness: 'dormant' as const } : p));
    await render(edited, 'soon');
    expect(worker.requests).toHaveLength(2);
  });

  it('lays the map out on the page when it is needed now (printing) and the worker has not answered', async () => {
    const render = await mount();
    const who = people(8);
    expect(await render(who, 'soon')).toBe('empty');
    expect((await render(who, 'now')).split(' ')).toHaveLength(who.length);
  });

  it('lays the map out on the page when the worker fails, then and afterwards', async () => {
    const render = await mount();
    const who = people(6);
    await render(who, 'soon');
    await act(async () => FakeWorker.last!.fail());
    expect(container.textContent!.split(' ')).toHaveLength(who.length);
    const more = people(7);
    expect((await render(more, 'soon')).split(' ')).toHaveLength(more.length);
  });

  it('lays the map out on the page where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const render = await mount();
    const who = people(4);
    expect((await render(who, 'soon')).split(' ')).toHaveLength(who.length);
  });
});
