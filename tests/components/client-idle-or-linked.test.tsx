// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import idleOrLinked from '../../src/integrations/client-idle-or-linked/directive';
import { mapIsland, resetPage } from './directive-island';

afterEach(resetPage);

describe('client:idleOrLinked', () => {
  it('hydrates at once when the address points inside the island', async () => {
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    history.replaceState(null, '', '/oevelser/netvaerkskort/#cm-map-heading');
    const hydrate = vi.fn(async () => undefined);
    idleOrLinked(async () => hydrate, { name: 'ContactMap', value: '' }, mapIsland());
    await vi.waitFor(() => expect(hydrate).toHaveBeenCalledOnce());
    expect(idle).not.toHaveBeenCalled();
  });

  it("runs the island's modules and hydrates it in two tasks, not one", async () => {
    vi.useFakeTimers();
    try {
      history.replaceState(null, '', '/oevelser/netvaerkskort/#cm-map-heading');
      const hydrate = vi.fn(async () => undefined);
      const load = vi.fn(async () => hydrate);
      idleOrLinked(load, { name: 'ContactMap', value: '' }, mapIsland());
      // Every promise settled, no task run yet: the modules are loaded, the island is not hydrated.
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(load).toHaveBeenCalledOnce();
      expect(hydrate).not.toHaveBeenCalled();
      await vi.runAllTimersAsync();
      expect(hydrate).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits for the browser to be idle otherwise: no fragment, one outside the island, or one naming nothing', () => {
    for (const hash of ['', '#site-nav', '#%E0%A4%A']) {
      const idle = vi.fn();
      vi.stubGlobal('requestIdleCallback', idle);
      const outside = document.createElement('nav');
      outside.id = 'site-nav';
      document.body.append(outside);
      history.replaceState(null, '', `/oevelser/netvaerkskort/${hash}`);
      const load = vi.fn(async () => async () => undefined);
      idleOrLinked(load, { name: 'ContactMap', value: '' }, mapIsland());
      expect(load).not.toHaveBeenCalled();
      expect(idle).toHaveBeenCalledOnce();
      idle.mock.calls[0]![0]();
      expect(load).toHaveBeenCalledOnce();
      document.body.innerHTML = '';
    }
  });
});
