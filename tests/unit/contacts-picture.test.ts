import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../src/lib/contacts/picture/initials';
import { pictureColours, pictureStyle, pngSize } from '../../src/lib/contacts/picture/palette';
import { GOAL_LINES, titleBlock, titleFontSize, wrapText } from '../../src/lib/contacts/picture/title';
import { legendLayout } from '../../src/lib/contacts/picture/legend';
import { estimateTextWidth } from '../../src/lib/contacts/text-measure';

describe('initials for a shared picture of the map', () => {
  it.each([
    ['Anne-Marie Hansen', 'AMH'],
    ['jens', 'J'],
    ['  Søren   Ørum ', 'SØ'],
    ['Anne Marie Hansen Berg', 'AMH'],
    ['AB', 'AB'],
    ['(Kim) Larsen', 'KL'],
    ['', '?'],
    ['   ', '?'],
  ])('%j becomes %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it('never keeps a whole name of more than one letter', () => {
    for (const name of ['Ida', 'Bo Ek', 'Christoffer Bøgh-Andersen']) expect(initialsOf(name)).not.toContain(name);
  });
});

describe('the picture’s title block', () => {
  const width = 800;
  it('puts the title, the goal and the date on their own lines, top to bottom', () => {
    const block = titleBlock({ title: 'Mit netværkskort', goal: 'Mål: Et nyt job', date: 'Tegnet 1. december 2026' }, width);
    expect(block.lines.map((l) => l.text)).toEqual(['Mit netværkskort', 'Mål: Et nyt job', 'Tegnet 1. december 2026']);
    expect(block.lines[0]!.bold).toBe(true);
    expect(block.lines.slice(1).every((l) => !l.bold)).toBe(true);
    const ys = block.lines.map((l) => l.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(block.height).toBeGreaterThan(ys.at(-1)!);
  });

  it('leaves out the goal line when there is no goal', () => {
    const block = titleBlock({ title: 'My contact map', goal: '', date: 'Drawn 1 December 2026' }, width);
    expect(block.lines.map((l) => l.text)).toEqual(['My contact map', 'Drawn 1 December 2026']);
  });

  it('wraps a long goal inside the map’s width and cuts it after a few lines', () => {
    const goal = `Goal: ${'a job as project manager in a green company '.repeat(8)}`;
    const block = titleBlock({ title: 'My contact map', goal, date: 'Drawn 1 December 2026' }, 400);
    const goalLines = block.lines.slice(1, -1);
    expect(goalLines).toHaveLength(GOAL_LINES);
    for (const line of goalLines) expect(block.x + estimateTextWidth(line.text, line.fontSize)).toBeLessThanOrEqual(400);
    expect(goalLines.at(-1)!.text.endsWith('…')).toBe(true);
  });

  it('keeps every word of a goal that fits', () => {
    expect(wrapText('Et nyt job i Aarhus', 1000, 14)).toEqual(['Et nyt job i Aarhus']);
    expect(wrapText('one two three', estimateTextWidth('one two', 14), 14)).toEqual(['one two', 'three']);
  });

  it('grows its type with the map, within limits', () => {
    expect(titleFontSize(200)).toBe(13);
    expect(titleFontSize(4000)).toBe(18);
    expect(titleFontSize(900)).toBeGreaterThan(titleFontSize(700));
  });
});

describe('the picture’s colours and size', () => {
  it('defines the light colours, then the map’s rules as given', () => {
    const css = pictureStyle(['.cm-ring { stroke: var(--border); }']);
    expect(css).toContain(`--border:${pictureColours['--border']}`);
    expect(css).toContain(`--bg:#ffffff`);
    expect(css.endsWith('.cm-ring { stroke: var(--border); }')).toBe(true);
  });

  it('is twice the map’s size as PNG, in whole pixels', () => {
    expect(pngSize(612.4, 700)).toEqual({ width: 1225, height: 1400 });
    expect(pngSize(100, 50, 1)).toEqual({ width: 100, height: 50 });
  });
});

describe('the picture’s key', () => {
  const items = [
    { key: 'access', text: 'Door-opener' },
    { key: 'goBetween', text: 'Bridge' },
    { key: 'information', text: 'Knowledge' },
    { key: 'none', text: 'Not rated for what they can give' },
    { key: 'connector', text: 'Extra ring: connector' },
  ];
  it('keeps every item inside the width, in rows', () => {
    for (const width of [300, 600, 1200]) {
      const layout = legendLayout(items, width, 12);
      expect(layout.items.map((i) => i.key)).toEqual(items.map((i) => i.key));
      for (const item of layout.items) expect(item.textX + estimateTextWidth(item.text, 12)).toBeLessThanOrEqual(width);
      expect(layout.height).toBeGreaterThan(Math.max(...layout.items.map((i) => i.y)));
    }
    expect(new Set(legendLayout(items, 300, 12).items.map((i) => i.y)).size).toBeGreaterThan(1);
    expect(new Set(legendLayout(items, 1200, 12).items.map((i) => i.y)).size).toBe(1);
  });
  it('takes no room when the map draws nothing to explain', () => {
    expect(legendLayout([], 600, 12).height).toBe(0);
  });
});
