import { act, type ComponentType } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, vi } from 'vitest';

// Tell React that these tests wrap updates in act(), so it flushes effects and warns about stray updates.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The islands hydrated in this test, unmounted after it: their timers and transitions must not outlive the document. */
const roots: Root[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount());
});

/**
 * Render an island on the "server", put the HTML in the document, then hydrate it the way Astro does
 * and let the post-hydration render (stored data) run. `load` imports the island and its store after
 * the test's `vi.resetModules()`, so each test starts from what is in localStorage at that moment.
 * Console errors during hydration are collected in `errors`: React reports hydration mismatches and
 * other warnings there, and recoverable errors go through `onRecoverableError` into the same spy.
 */
export async function serverThenHydrate<P extends object>(
  load: () => Promise<{ Island: ComponentType<P>; ready: Promise<unknown> }>,
  props: P,
) {
  const { Island, ready } = await load();
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Island {...props} />);
  document.body.append(container);
  const serverHtml = container.innerHTML;
  const errors = vi.spyOn(console, 'error');
  await act(async () => {
    roots.push(hydrateRoot(container, <Island {...props} />, { onRecoverableError: (error) => console.error(error) }));
    await ready;
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
  return { container, serverHtml, errors };
}
