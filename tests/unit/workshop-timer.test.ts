import { describe, expect, it } from 'vitest';
import {
  act,
  actionForKey,
  formatClock,
  initialTimer,
  MINUTE,
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
