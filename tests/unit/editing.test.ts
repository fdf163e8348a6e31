import { describe, expect, it } from 'vitest';
import { checkLength, fieldSync, hasUnsavedText, startField, type FieldEvent, type FieldSync } from '../../src/lib/editing/fieldSync';
import { createSaveScheduler, type Timers } from '../../src/lib/editing/saveScheduler';

const run = (start: string, ...events: FieldEvent[]): FieldSync => events.reduce(fieldSync, startField(start));

describe('fieldSync: a field while the stored value changes underneath', () => {
  it('takes another tab’s text when the reader has typed nothing', () => {
    expect(run('a', { type: 'stored', value: 'b' })).toEqual(startField('b'));
  });

  it('keeps the reader’s typing and its own save coming back does not disturb it', () => {
    const s = run(
      'a',
      { type: 'typed', text: 'ab' },
      { type: 'saving', text: 'ab' },
      { type: 'typed', text: 'abc' },
      { type: 'stored', value: 'ab' },
    );
    expect(s).toEqual({ base: 'ab', draft: 'abc', theirs: null });
    expect(hasUnsavedText(s)).toBe(true);
  });

  it('shows a conflict when another tab stores a different text while the reader has unsaved typing', () => {
    const s = run('note', { type: 'typed', text: 'my note' }, { type: 'stored', value: 'their note' });
    expect(s).toEqual({ base: 'note', draft: 'my note', theirs: 'their note' });
    expect(hasUnsavedText(s)).toBe(false);
  });

  it('ends a conflict as the reader chooses: keep mine (saved over theirs) or use theirs', () => {
    const conflict = run('note', { type: 'typed', text: 'mine' }, { type: 'stored', value: 'theirs' });
    const kept = fieldSync(conflict, { type: 'keepMine' });
    expect(kept).toEqual({ base: 'theirs', draft: 'mine', theirs: null });
    expect(hasUnsavedText(kept)).toBe(true);
    expect(fieldSync(conflict, { type: 'useTheirs' })).toEqual(startField('theirs'));
  });

  it('needs no choice when both tabs wrote the same text', () => {
    expect(run('a', { type: 'typed', text: 'same' }, { type: 'stored', value: 'same' })).toEqual(startField('same'));
  });

  it('ends a conflict by itself when the other tab goes back to the text this field started from', () => {
    const s = run('a', { type: 'typed', text: 'mine' }, { type: 'stored', value: 'b' }, { type: 'stored', value: 'a' });
    expect(s).toEqual({ base: 'a', draft: 'mine', theirs: null });
  });
});

describe('checkLength', () => {
  it('counts characters as a reader does, shows a counter from 90 % and refuses text over the limit', () => {
    expect(checkLength('x'.repeat(899), 1000)).toMatchObject({ length: 899, nearLimit: false, over: false });
    expect(checkLength('x'.repeat(900), 1000)).toMatchObject({ nearLimit: true, over: false });
    expect(checkLength('x'.repeat(1000), 1000).over).toBe(false);
    expect(checkLength('x'.repeat(10_000), 1000)).toMatchObject({ length: 10_000, over: true });
    expect(checkLength('😀'.repeat(3), 3)).toMatchObject({ length: 3, over: false });
  });
});

/** A clock the test moves by hand. */
function fakeTimers() {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const api: Timers = {
    set: (fn, ms) => {
      timers.set(++next, { at: now + ms, run: fn });
      return next;
    },
    clear: (h) => void timers.delete(h as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [h, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now && timers.has(h)) {
        timers.delete(h);
        t.run();
      }
    }
  };
  return { api, advance };
}

describe('createSaveScheduler: saving text while the reader types', () => {
  it('saves once, the delay after the last key press, and says how many saves wait', () => {
    const clock = fakeTimers();
    const scheduler = createSaveScheduler(500, clock.api);
    const sizes: number[] = [];
    scheduler.onChange((n) => sizes.push(n));
    const saved: string[] = [];
    for (const text of ['H', 'He', 'Hej']) {
      scheduler.schedule('note', () => saved.push(text));
      clock.advance(200);
    }
    expect(saved).toEqual([]);
    expect(scheduler.size).toBe(1);
    clock.advance(300);
    expect(saved).toEqual(['Hej']);
    expect(scheduler.size).toBe(0);
    expect(sizes).toEqual([1, 0]);
  });

  it('saves everything at once when the page is hidden, and nothing twice', () => {
    const clock = fakeTimers();
    const scheduler = createSaveScheduler(500, clock.api);
    const saved: string[] = [];
    scheduler.schedule('a', () => saved.push('a'));
    scheduler.schedule('b', () => saved.push('b'));
    scheduler.flush();
    expect(saved).toEqual(['a', 'b']);
    clock.advance(1000);
    expect(saved).toEqual(['a', 'b']);
  });

  it('drops a waiting save when told to (a conflict waits for the reader)', () => {
    const clock = fakeTimers();
    const scheduler = createSaveScheduler(500, clock.api);
    const saved: string[] = [];
    scheduler.schedule('a', () => saved.push('a'));
    scheduler.cancel('a');
    clock.advance(1000);
    scheduler.flushKey('a');
    expect(saved).toEqual([]);
  });
});
