import { hydrate } from 'preact';
import type { ComponentType } from 'react';
import { renderToString } from 'preact-render-to-string';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';

/**
 * Render an island on the "server", put the HTML in the document, then hydrate it the way Astro does
 * and let the post-hydration render (stored data) run. `load` imports the island and its store after
 * the test's `vi.resetModules()`, so each test starts from what is in localStorage at that moment.
 * Console errors during hydration are collected in `errors` (Preact reports mismatches there). Islands
 * are typed as React components (they are rendered through preact/compat), hence `ComponentType` from react.
 */
export async function serverThenHydrate<P extends object>(load: () => Promise<{ Island: ComponentType<P>; ready: Promise<unknown> }>, props: P) {
  const { Island, ready } = await load();
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Island {...props} />);
  document.body.append(container);
  const serverHtml = container.innerHTML;
  const errors = vi.spyOn(console, 'error');
  await act(async () => {
    hydrate(<Island {...props} />, container);
    await ready;
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
  return { container, serverHtml, errors };
}
