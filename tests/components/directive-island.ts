import { vi } from 'vitest';

/** An island holding a section with the map's heading, as the contact map's islands do; added to the page. */
export function mapIsland(): HTMLElement {
  const el = document.createElement('astro-island');
  el.innerHTML = '<section><h2 id="cm-map-heading">Dit kort</h2></section>';
  document.body.append(el);
  return el;
}

/** Empties the page, clears its address's fragment and puts back what a test stubbed. */
export function resetPage(): void {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
}
