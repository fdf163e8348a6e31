import { describe, expect, it } from 'vitest';
import {
  act,
  actionForKey,
  formatClock,
  initialTimer,
  MINUTE,
  restoreTimer,
  saveTimer,
  timerView,
  wholeMinutes,
  type TimerState,
} from '../../src/lib/workshop/timer';
import { workshopPlans } from '../../src/lib/workshop/plans';

/** A fake clock: the tests say what time it is. */
function clock() {
  let t = 1_000_000;
  return { now: () => t, tick: (ms: number) => (t += ms) };
}

const minutes = workshopPlans.da.short.steps.map((s) => s.minutes);

describe('the presenter’s clock', () => {
  it('counts a step down only while running, and tells how much of the plan is left', () => {
    const c = clock();
    let s: TimerState = initialTimer();
    const view = () => timerView(minutes, s, c.now());
    expect(view()).toMatchObject({
      step: 0,
      minutes: 5,
      remainingMs: 5 * MINUTE,
      ended: false,
      planLeftMs: 90 * MINUTE,
      behindMs: 0,
      running: false,
    });
    c.tick(60_000);
    expect(view().remainingMs).toBe(5 * MINUTE); // paused: nothing happens
    s = act(s, 'toggle', minutes.length, c.now());
    c.tick(2 * MINUTE + 30_000);
    expect(formatClock(view().remainingMs)).toBe('2:30');
    expect(wholeMinutes(view().planLeftMs)).toBe(88);
    s = act(s, 'toggle', minutes.length, c.now()); // pause
    c.tick(10 * MINUTE);
    expect(formatClock(view().remainingMs)).toBe('2:30');
    s = act(s, 'toggle', minutes.length, c.now());
    c.tick(3 * MINUTE);
    expect(view()).toMatchObject({ ended: true, remainingMs: -30_000, behindMs: 30_000 });
    expect(formatClock(view().remainingMs)).toBe('-0:30');
  });

  it('adds a minute, resets, and moves by the keys with the clock running on', () => {
    const c = clock();
    let s = act(initialTimer(), 'toggle', minutes.length, c.now());
    c.tick(4 * MINUTE);
    s = act(s, actionForKey('+')!, minutes.length, c.now());
    expect(timerView(minutes, s, c.now())).toMatchObject({ minutes: 6, remainingMs: 2 * MINUTE, behindMs: MINUTE });
    s = act(s, actionForKey('ArrowRight')!, minutes.length, c.now());
    // Left step 1 after 4 of its 5 minutes: one minute ahead of plan.
    expect(timerView(minutes, s, c.now())).toMatchObject({
      step: 1,
      minutes: 10,
      running: true,
      planLeftMs: 85 * MINUTE,
      behindMs: -MINUTE,
    });
    c.tick(MINUTE);
    expect(timerView(minutes, s, c.now()).remainingMs).toBe(9 * MINUTE);
    s = act(s, actionForKey('ArrowLeft')!, minutes.length, c.now());
    // Back to step 1: it goes on where it was left.
    expect(timerView(minutes, s, c.now()).elapsedMs).toBe(4 * MINUTE);
    s = act(s, 'reset', minutes.length, c.now());
    expect(timerView(minutes, s, c.now())).toMatchObject({ minutes: 5, remainingMs: 5 * MINUTE, running: false });
    s = act(s, actionForKey('End')!, minutes.length, c.now());
    expect(timerView(minutes, s, c.now())).toMatchObject({ step: minutes.length - 1, planLeftMs: 5 * MINUTE });
    s = act(s, actionForKey('ArrowDown')!, minutes.length, c.now());
    expect(s.step).toBe(minutes.length - 1);
    s = act(s, actionForKey('Home')!, minutes.length, c.now());
    expect(s.step).toBe(0);
    s = act(s, actionForKey('ArrowUp')!, minutes.length, c.now());
    expect(s.step).toBe(0);
    expect(actionForKey(' ')).toBe('toggle');
    expect(actionForKey('a')).toBeNull();
  });

  it('formats the clock so it reaches 0:00 exactly at the end', () => {
    expect(formatClock(5 * MINUTE)).toBe('5:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-61_000)).toBe('-1:01');
  });
});

describe('the presenter’s clock through a reload', () => {
  const steps = minutes.length;
  it('keeps the step, the time left and a running clock, which went on running while the page was away', () => {
    const c = clock();
    let s: TimerState = initialTimer();
    s = act(s, 'next', steps, c.now());
    s = act(s, 'next', steps, c.now());
    s = act(s, 'addMinute', steps, c.now());
    s = act(s, 'toggle', steps, c.now());
    c.tick(2 * MINUTE);
    const kept = saveTimer(s);
    c.tick(30_000); // the reload itself
    const back = restoreTimer(kept, steps, c.now())!;
    expect(back).not.toBeNull();
    const before = timerView(minutes, s, c.now());
    const after = timerView(minutes, back, c.now());
    expect(after).toEqual(before);
    expect(after).toMatchObject({ step: 2, running: true, minutes: minutes[2]! + 1 });
    expect(after.remainingMs).toBe((minutes[2]! + 1) * MINUTE - 2.5 * MINUTE);
    c.tick(MINUTE);
    expect(timerView(minutes, back, c.now()).remainingMs).toBe(after.remainingMs - MINUTE);
  });

  it('keeps a paused clock paused, however long the page was away', () => {
    const c = clock();
    let s = act(initialTimer(), 'toggle', steps, c.now());
    c.tick(90_000);
    s = act(s, 'toggle', steps, c.now());
    const kept = saveTimer(s);
    c.tick(10 * MINUTE);
    const back = restoreTimer(kept, steps, c.now())!;
    expect(back.running).toBe(false);
    expect(formatClock(timerView(minutes, back, c.now()).remainingMs)).toBe('3:30');
  });

  it('starts afresh from anything it cannot read, or from another plan with fewer steps', () => {
    const c = clock();
    const good = JSON.parse(saveTimer(act(initialTimer(), 'last', steps, c.now()))) as Record<string, unknown>;
    for (const bad of [
      null,
      '',
      'not json',
      '[]',
      '{"v":2}',
      JSON.stringify({ ...good, step: -1 }),
      JSON.stringify({ ...good, step: 1.5 }),
      JSON.stringify({ ...good, elapsedMs: 'soon' }),
      JSON.stringify({ ...good, running: true, startedAt: null }),
      JSON.stringify({ ...good, spentMs: ['x'] }),
    ])
      expect(restoreTimer(bad, steps, c.now()), String(bad)).toBeNull();
    expect(restoreTimer(JSON.stringify(good), steps, c.now())?.step).toBe(steps - 1);
    expect(restoreTimer(JSON.stringify(good), 3, c.now())).toBeNull();
  });

  it('counts a start time in the future (the device’s clock was set back) from now', () => {
    const c = clock();
    const s = act(initialTimer(), 'toggle', steps, c.now() + 5 * MINUTE);
    const back = restoreTimer(saveTimer(s), steps, c.now())!;
    expect(timerView(minutes, back, c.now()).remainingMs).toBe(5 * MINUTE);
  });
});
