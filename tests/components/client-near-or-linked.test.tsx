// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import nearOrLinked from '../../src/integrations/client-near-or-linked/directive';
import { mapIsland, resetPage } from './directive-island';

/** jsdom has no IntersectionObserver: a stand-in that lets the test say when the island comes near the screen. */
function stubObserver() {
  const watched: Element[] = [];
  let report: (entries: { isIntersecting: boolean }[]) => void = () => {};
  const disconnect = vi.fn();
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe(el: Element) {
        watched.push(el);
      }
      disconnect = disconnect;
    },
  );
  return { watched, disconnect, near: () => report([{ isIntersecting: true }]) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

afterEach(resetPage);

describe('client:nearOrLinked', () => {
  it('waits while the reader neither comes near the island nor uses the page', async () => {
    const { watched } = stubObserver();
    const load = vi.fn(async () => async () => undefined);
    const el = mapIsland();
    nearOrLinked(load, { name: 'ContactMapRest', value: '' }, el);
    await settle();
    expect(load).not.toHaveBeenCalled();
    // The island itself has no box (`display: contents`): its children are watched.
    expect(watched).toEqual([...el.children]);
  });

  it('hydrates once when the island comes near the screen and the browser is idle', async () => {
    const { near, disconnect } = stubObserver();
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    const hydrate = vi.fn(async () => undefined);
    const load = vi.fn(async () => hydrate);
    nearOrLinked(load, { name: 'ContactMapRest', value: '' }, mapIsland());
    near();
    near();
    await settle();
    expect(load).not.toHaveBeenCalled();
    for (const [callback] of idle.mock.calls) callback();
    await vi.waitFor(() => expect(hydrate).toHaveBeenCalledOnce());
    expect(load).toHaveBeenCalledOnce();
    expect(disconnect).toHaveBeenCalled();
    // Using the page afterwards does not load it again.
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(load).toHaveBeenCalledOnce();
  });

  it.each(['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin', 'beforeprint'])(
    'hydrates when the reader starts using the page (%s)',
    async (type) => {
      stubObserver();
      const hydrate = vi.fn(async () => undefined);
      nearOrLinked(async () => hydrate, { name: 'ContactMapRest', value: '' }, mapIsland());
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
      window.dispatchEvent(new Event(type));
      await vi.waitFor(() => expect(hydrate).toHaveBeenCalledOnce());
    },
  );

  it('hydrates at once when the address points inside the island, and waits when it points elsewhere', async () => {
    stubObserver();
    history.replaceState(null, '', '/oevelser/netvaerkskort/#cm-map-heading');
    const hydrate = vi.fn(async () => undefined);
    nearOrLinked(async () => hydrate, { name: 'ContactMapRest', value: '' }, mapIsland());
    await vi.waitFor(() => expect(hydrate).toHaveBeenCalledOnce());

    document.body.innerHTML = '<nav id="site-nav"></nav>';
    history.replaceState(null, '', '/oevelser/netvaerkskort/#site-nav');
    const load = vi.fn(async () => async () => undefined);
    nearOrLinked(load, { name: 'ContactMapRest', value: '' }, mapIsland());
    await settle();
    expect(load).not.toHaveBeenCalled();
  });
});
