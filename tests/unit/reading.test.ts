import { describe, expect, it } from 'vitest';
import { neighbours, pickByKeys, readingMinutes, wantsToc } from '../../src/lib/content/reading';
import { splitExcerpt } from '../../src/lib/search/excerpt';

describe('reading helpers', () => {
  it('estimate at least one minute, 200 words a minute', () => {
    expect(readingMinutes('kort')).toBe(1);
    expect(readingMinutes('ord '.repeat(1000))).toBe(5);
  });
  it('want a table of contents from four sections', () => {
    expect(wantsToc([{ depth: 2 }, { depth: 2 }, { depth: 3 }, { depth: 2 }])).toBe(false);
    expect(wantsToc([{ depth: 2 }, { depth: 2 }, { depth: 2 }, { depth: 2 }])).toBe(true);
  });
  it('find previous and next', () => {
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ previous: 'b' });
  });
});

describe('splitExcerpt', () => {
  it('splits Pagefind excerpts into text and hits, decoding entities and dropping other tags', () => {
    expect(splitExcerpt('Om <mark>visitkort</mark> &amp; mere <b>her</b>')).toEqual([
      { text: 'Om ', hit: false },
      { text: 'visitkort', hit: true },
      { text: ' & mere her', hit: false },
    ]);
  });
  it('never lets markup through as text to be parsed', () => {
    const parts = splitExcerpt('&lt;img src=x onerror=alert(1)&gt;');
    expect(parts).toEqual([{ text: '<img src=x onerror=alert(1)>', hit: false }]);
  });
});

describe('pickByKeys (related articles)', () => {
  const items = [{ k: 'a' }, { k: 'b' }, { k: 'c' }];
  const keyOf = (i: { k: string }) => i.k;
  it('keeps the order of the keys, skips unknown keys, the own key and repeats', () => {
    expect(pickByKeys(items, ['c', 'x', 'a', 'c', 'b'], keyOf, 'b')).toEqual([{ k: 'c' }, { k: 'a' }]);
  });
  it('returns nothing for no keys', () => {
    expect(pickByKeys(items, [], keyOf)).toEqual([]);
  });
});
