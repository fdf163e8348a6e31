// @vitest-environment jsdom
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useDrawWhenNear, type DrawWhen } from '../../src/components/islands/ContactMap/useDrawWhenNear';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  history.replaceState(null, '', location.pathname);
});

/** The state the map's first render sees, with the page opened at `hash`. */
function firstState(hash: string): DrawWhen | undefined {
  document.body.innerHTML = '<section class="cm-map-section"><h2 id="cm-map-heading">Kortet</h2></section><div id="island"></div>';
  history.replaceState(null, '', hash);
  const seen: DrawWhen[] = [];
  function MapProbe() {
    const section = useRef<HTMLElement>(document.querySelector('section'));
    seen.push(useDrawWhenNear(section, true));
    return null;
  }
  root = createRoot(document.getElementById('island')!);
  act(() => root!.render(<MapProbe />));
  return seen[0];
}

describe('when the map may be drawn', () => {
  it('is soon from the first render for a reader who opened the page at the map', () => {
    expect(firstState('#cm-map-heading')).toBe('soon');
  });

  it('waits for the page to be idle for a reader who opened it at the top', () => {
    expect(firstState('#')).toBe('later');
  });
});
