// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePrintCopy } from '../../src/components/islands/ContactMap/usePrintCopy';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A stand-in for `matchMedia('print')` that a test can switch, as a print preview does. */
class PrintMedia extends EventTarget {
  matches = false;
  switchTo(print: boolean) {
    this.matches = print;
    this.dispatchEvent(new Event('change'));
  }
}

let root: Root | undefined;
let media: PrintMedia;
beforeEach(() => {
  vi.useFakeTimers();
  media = new PrintMedia();
  vi.stubGlobal('matchMedia', (query: string) => (query === 'print' ? media : new PrintMedia()));
  document.body.innerHTML = '<div id="island"></div>';
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const names = (count: number) => Array.from({ length: count }, (_, i) => `Person ${i + 1}`);

function PrintedList({ items, visible }: { items: string[]; visible?: boolean }) {
  const rows = usePrintCopy(items, visible);
  return (
    <ul>
      {rows.map((row) => (
        <li key={row}>{row}</li>
      ))}
    </ul>
  );
}

function show(items: string[], visible?: boolean) {
  root ??= createRoot(document.getElementById('island')!);
  act(() => root!.render(<PrintedList items={items} visible={visible} />));
}

const rowsInPage = () => document.querySelectorAll('li').length;

describe('a list that is only printed', () => {
  it('makes no rows while the page loads and sits idle', () => {
    show(names(120));
    act(() => vi.advanceTimersByTime(10_000));
    expect(rowsInPage()).toBe(0);
  });

  it('has every row by the time the browser lays the page out for print', () => {
    const items = names(120);
    show(items);
    // Checked inside act(), before it renders what is pending: the rows must be there when the handlers return.
    act(() => {
      dispatchEvent(new Event('beforeprint'));
      expect(rowsInPage()).toBe(items.length);
    });
  });

  it('has every row when the page switches to print media', () => {
    const items = names(700);
    show(items);
    act(() => {
      media.switchTo(true);
      expect(rowsInPage()).toBe(items.length);
    });
  });

  it('shows every row at once when the list is on screen too', () => {
    const items = names(40);
    show(items, true);
    expect(rowsInPage()).toBe(items.length);
  });
});
