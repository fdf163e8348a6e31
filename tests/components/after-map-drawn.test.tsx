// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The page's sections as far as the hook cares: a map section with its heading, and one above it. */
const PAGE = `
  <section id="cm-book"><h2 id="cm-book-heading">Address book</h2></section>
  <section class="cm-map-section"><h2 id="cm-map-heading">The map</h2></section>
  <div id="island"></div>`;

let root: Root | undefined;
beforeEach(() => {
  vi.useFakeTimers();
  vi.resetModules();
  document.body.innerHTML = PAGE;
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  history.replaceState(null, '', location.pathname);
  vi.useRealTimers();
});

/** Renders a section that loads its code only when the hook allows it, and says which it shows. */
async function mountAt(hash: string) {
  history.replaceState(null, '', `${location.pathname}${hash}`);
  const drawing = await import('../../src/components/islands/ContactMap/firstDrawing');
  function Section() {
    return <p>{drawing.useAfterMapDrawn() ? 'loaded' : 'loading'}</p>;
  }
  root = createRoot(document.getElementById('island')!);
  await act(async () => root!.render(<Section />));
  const shown = () => document.getElementById('island')!.textContent;
  return { shown, markMapDrawn: drawing.markMapDrawn };
}

describe('sections loaded after the map (useAfterMapDrawn)', () => {
  it('load at once for a reader who did not open the page at the map', async () => {
    expect((await mountAt('')).shown()).toBe('loaded');
    act(() => root!.unmount());
    expect((await mountAt('#cm-book-heading')).shown()).toBe('loaded');
  });

  it('wait for the map to be drawn when the page was opened at it', async () => {
    const { shown, markMapDrawn } = await mountAt('#cm-map-heading');
    expect(shown()).toBe('loading');
    await act(async () => vi.advanceTimersByTime(1000));
    expect(shown()).toBe('loading');
    await act(async () => markMapDrawn());
    expect(shown()).toBe('loaded');
  });

  it('load anyway once the wait for a map that is never drawn runs out', async () => {
    const { shown } = await mountAt('#cm-map-heading');
    await act(async () => vi.advanceTimersByTime(1400));
    expect(shown()).toBe('loading');
    await act(async () => vi.advanceTimersByTime(200));
    expect(shown()).toBe('loaded');
  });
});
