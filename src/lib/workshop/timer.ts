/**
 * The presenter's clock: which step of a plan is on, and how much of its time is left. Pure: every
 * function takes the time (`now`, in ms) from the caller, so a fake clock drives it in the tests.
 */
export interface TimerState {
  step: number;
  running: boolean;
  /** ms spent on the current step before `startedAt` (the time of the last start). */
  elapsedMs: number;
  startedAt: number | null;
  /** Minutes added to each step with "+1 minute", by step index. */
  extraMinutes: number[];
  /** ms spent on each step so far (written when the presenter leaves it). */
  spentMs: number[];
}

export const MINUTE = 60_000;

export const initialTimer = (): TimerState => ({ step: 0, running: false, elapsedMs: 0, startedAt: null, extraMinutes: [], spentMs: [] });

const elapsed = (s: TimerState, now: number) => s.elapsedMs + (s.running && s.startedAt !== null ? Math.max(0, now - s.startedAt) : 0);
const clamp = (i: number, steps: number) => Math.max(0, Math.min(steps - 1, i));

export function start(s: TimerState, now: number): TimerState {
  return s.running ? s : { ...s, running: true, startedAt: now };
}

export function pause(s: TimerState, now: number): TimerState {
  return s.running ? { ...s, running: false, elapsedMs: elapsed(s, now), startedAt: null } : s;
}

export const toggle = (s: TimerState, now: number) => (s.running ? pause(s, now) : start(s, now));

/** One more minute for the current step. */
export function addMinute(s: TimerState): TimerState {
  const extraMinutes = [...s.extraMinutes];
  extraMinutes[s.step] = (extraMinutes[s.step] ?? 0) + 1;
  return { ...s, extraMinutes };
}

/** The current step from the start again, with its planned minutes, paused. */
export function reset(s: TimerState): TimerState {
  const extraMinutes = [...s.extraMinutes];
  extraMinutes[s.step] = 0;
  return { ...s, running: false, elapsedMs: 0, startedAt: null, extraMinutes };
}

/** Go to a step. The clock keeps running if it ran; a step visited before goes on where it was left. */
export function goTo(s: TimerState, step: number, stepCount: number, now: number): TimerState {
  const target = clamp(step, stepCount);
  if (target === s.step) return s;
  const spentMs = [...s.spentMs];
  spentMs[s.step] = elapsed(s, now);
  return { ...s, step: target, spentMs, elapsedMs: spentMs[target] ?? 0, startedAt: s.running ? now : null };
}

export interface TimerView {
  step: number;
  /** The step's minutes: the plan's plus any added. */
  minutes: number;
  elapsedMs: number;
  /** Time left in this step; negative once it is over. */
  remainingMs: number;
  /** The step's time is up. */
  ended: boolean;
  /** Time left in the whole plan: what is left of this step, plus every later step's minutes. */
  planLeftMs: number;
  /** How far the projected end is after the planned end (negative: ahead of plan). */
  behindMs: number;
  running: boolean;
}

export function timerView(stepMinutes: readonly number[], s: TimerState, now: number): TimerView {
  const step = clamp(s.step, stepMinutes.length);
  const minutes = (stepMinutes[step] ?? 0) + (s.extraMinutes[step] ?? 0);
  const used = elapsed(s, now);
  const remainingMs = minutes * MINUTE - used;
  const later = stepMinutes.slice(step + 1).reduce((n, m) => n + m, 0) * MINUTE;
  const planned = stepMinutes.reduce((n, m) => n + m, 0) * MINUTE;
  const before = stepMinutes.slice(0, step).reduce((n, _m, i) => n + (s.spentMs[i] ?? 0), 0);
  const projected = before + Math.max(used, minutes * MINUTE) + later;
  return {
    step,
    minutes,
    elapsedMs: used,
    remainingMs,
    ended: remainingMs <= 0,
    planLeftMs: Math.max(0, remainingMs) + later,
    behindMs: projected - planned,
    running: s.running,
  };
}

/** `12:05` for ms left; `-0:35` once over. Rounds up, so the display reaches 0:00 exactly at the end. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  const total = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const sec = total % 60;
  return `${negative ? '-' : ''}${m}:${String(sec).padStart(2, '0')}`;
}

/** Whole minutes, rounded up (for "47 min left"). */
export const wholeMinutes = (ms: number) => Math.ceil(Math.max(0, ms) / MINUTE);

export type PresenterAction = 'toggle' | 'next' | 'previous' | 'first' | 'last' | 'addMinute' | 'reset';

/** The presenter's keys: Space starts and pauses, arrows and Page Up/Down move, Home/End jump. */
export function actionForKey(key: string): PresenterAction | null {
  switch (key) {
    case ' ':
    case 'Spacebar':
      return 'toggle';
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case '+':
      return 'addMinute';
    default:
      return null;
  }
}

/** Apply an action. */
export function act(s: TimerState, action: PresenterAction, stepCount: number, now: number): TimerState {
  switch (action) {
    case 'toggle':
      return toggle(s, now);
    case 'next':
      return goTo(s, s.step + 1, stepCount, now);
    case 'previous':
      return goTo(s, s.step - 1, stepCount, now);
    case 'first':
      return goTo(s, 0, stepCount, now);
    case 'last':
      return goTo(s, stepCount - 1, stepCount, now);
    case 'addMinute':
      return addMinute(s);
    case 'reset':
      return reset(s);
  }
}

/** The longest plan has far fewer steps; anything beyond is not ours. */
const MAX_STEPS = 100;
const isMs = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isMsList = (v: unknown, max: number): v is number[] =>
  Array.isArray(v) && v.length <= MAX_STEPS && v.every((x) => x === null || (isMs(x) && x <= max));

/**
 * The clock as text to keep through a reload. Wall-clock times only (`startedAt` is `Date.now()` ms), so a
 * running clock read back later has gone on running while the page was away.
 */
export const saveTimer = (s: TimerState): string => JSON.stringify({ v: 1, ...s });

/**
 * Read a kept clock back. Never throws: anything unreadable, or made for a plan with fewer steps, gives
 * null (start afresh). A start time in the future (the device's clock was set back) counts from now.
 */
export function restoreTimer(text: string | null, stepCount: number, now: number): TimerState | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const day = 24 * 60 * MINUTE;
  if (r.v !== 1 || typeof r.running !== 'boolean' || !Number.isInteger(r.step)) return null;
  const step = r.step as number;
  if (step < 0 || step >= stepCount || !isMs(r.elapsedMs) || r.elapsedMs > day) return null;
  if (!isMsList(r.extraMinutes, 24 * 60) || !isMsList(r.spentMs, day)) return null;
  const startedAt = r.running ? (isMs(r.startedAt) ? Math.min(r.startedAt, now) : null) : null;
  if (r.running && startedAt === null) return null;
  return {
    step,
    running: r.running,
    elapsedMs: r.elapsedMs,
    startedAt,
    extraMinutes: r.extraMinutes.map((x) => x ?? 0),
    spentMs: r.spentMs.map((x) => x ?? 0),
  };
}
