import { useEffect, useRef, useState } from 'react';
import { fill } from '../../../i18n/fill';
import {
  act,
  actionForKey,
  formatClock,
  initialTimer,
  restoreTimer,
  saveTimer,
  timerView,
  wholeMinutes,
  type PresenterAction,
} from '../../../lib/workshop/timer';
import { chime, keepAwake, keepTimer, readKeptTimer, stepChannel, toggleFullscreen } from './browser';
import type { PresenterProps } from './types';
import '../shared/islands.css';
import './presenter.css';

/** Keys typed into a form control are the control's own. */
const isField = (t: EventTarget | null) => t instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName);

export default function Presenter(props: PresenterProps) {
  const { strings: s, steps } = props;
  const minutes = steps.map((x) => x.minutes);
  const [timer, setTimer] = useState(initialTimer);
  // The time of the last tick; only read while the clock runs or has run (the server renders 0).
  const [now, setNow] = useState(0);
  const [sound, setSound] = useState(false);
  const [full, setFull] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const view = timerView(minutes, timer, now);
  const step = steps[view.step]!;
  const next = steps[view.step + 1];
  const endedRef = useRef(view.ended);
  // The server renders a fresh clock; the one kept for this tab (step, time, running or paused) is read
  // once after hydration (sessionStorage is outside React), and every change is kept from then on.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const t = Date.now();
    const kept = restoreTimer(readKeptTimer(props.planId), steps.length, t);
    if (kept) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- one render after hydration, as for any stored state
      setNow(t);
      setTimer(kept);
    }
    setRestored(true);
  }, [props.planId, steps.length]);
  useEffect(() => {
    if (restored) keepTimer(props.planId, saveTimer(timer));
  }, [props.planId, restored, timer]);

  const run = (action: PresenterAction) => {
    const t = Date.now();
    setNow(t);
    setTimer((current) => act(current, action, steps.length, t));
  };

  // Tick while running.
  useEffect(() => {
    if (!timer.running) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [timer.running]);

  // Keep the screen on while running.
  useEffect(() => (timer.running ? keepAwake() : undefined), [timer.running]);

  // The end of a step: a soft visual signal always, a chime only if switched on.
  useEffect(() => {
    if (view.ended && !endedRef.current && timer.running && sound) chime();
    endedRef.current = view.ended;
  }, [view.ended, timer.running, sound]);

  // Tell the notes view (another window of this browser) which step is on.
  useEffect(() => {
    const channel = stepChannel(props.planId);
    channel?.postMessage({ step: view.step });
    return () => channel?.close();
  }, [props.planId, view.step]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isField(e.target)) return;
      // Space and Enter on a focused button press that button.
      if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLButtonElement) return;
      const action = actionForKey(e.key);
      if (action) {
        e.preventDefault();
        run(action);
      } else if (e.key === 'f' || e.key === 'F') toggleFullscreen(root.current);
    };
    const onFull = () => setFull(document.fullscreenElement === root.current);
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFull);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFull);
    };
    // `run` only uses setters and the step count.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [steps.length]);

  const behind = Math.round(view.behindMs / 60_000);
  const pace = behind > 0 ? fill(s.behind, { m: behind }) : behind < 0 ? fill(s.ahead, { m: -behind }) : s.onPlan;
  const clock = formatClock(view.remainingMs);

  return (
    <div
      ref={root}
      className={`presenter${view.ended ? ' presenter--ended' : ''}${full ? ' presenter--full' : ''}`}
      data-pagefind-ignore="all"
    >
      <p className="presenter__meta">
        <span className="presenter__plan">{props.planTitle}</span>
        <span data-testid="step-of">{fill(s.stepOf, { n: view.step + 1, total: steps.length })}</span>
        <span data-testid="plan-left">{fill(s.planLeft, { m: wholeMinutes(view.planLeftMs), total: props.totalMinutes })}</span>
        <span>{pace}</span>
      </p>
      <section className="presenter__now" aria-labelledby="presenter-step">
        <h2 id="presenter-step" className="presenter__title">
          {step.title}
        </h2>
        <p className="presenter__what">{step.what.replace(/\*/g, '')}</p>
        <p className="presenter__clock" role="timer" aria-label={s.timeLeft} data-testid="clock">
          <span className="presenter__time">{clock}</span>
          <span className="presenter__minutes">{fill(s.minutes, { m: view.minutes })}</span>
        </p>
        <p className="presenter__ended" role="status">
          {view.ended && timer.running ? fill(s.stepEnded, { title: step.title }) : ''}
        </p>
      </section>
      <div className="presenter__controls" role="group" aria-label={s.controls}>
        <button type="button" className="presenter__primary" onClick={() => run('toggle')}>
          {timer.running ? s.pause : view.elapsedMs > 0 ? s.resume : s.start}
        </button>
        <button type="button" className="secondary" onClick={() => run('previous')} disabled={view.step === 0}>
          {s.previous}
        </button>
        <button type="button" className="secondary" onClick={() => run('next')} disabled={view.step === steps.length - 1}>
          {s.next}
        </button>
        <button type="button" className="secondary" onClick={() => run('addMinute')}>
          {s.addMinute}
        </button>
        <button type="button" className="secondary" onClick={() => run('reset')}>
          {s.reset}
        </button>
        <button type="button" className="secondary" onClick={() => toggleFullscreen(root.current)}>
          {full ? s.exitFullscreen : s.fullscreen}
        </button>
      </div>
      <p className="presenter__next" data-testid="next">
        {next ? (
          <>
            <strong>{s.nextUp}:</strong> {next.title} ({fill(s.minutes, { m: next.minutes })})
          </>
        ) : (
          s.lastStep
        )}
      </p>
      <div className="presenter__options">
        <label>
          <input
            type="checkbox"
            checked={sound}
            onChange={(e) => {
              setSound(e.currentTarget.checked);
              // A click lets the browser play sound later; a quiet test note would be a surprise, so none is played.
            }}
          />{' '}
          {s.sound}
        </label>
        <p className="presenter__keys">{s.keys}</p>
        <p>
          <a href={props.links.other}>{s.openNotes}</a> · <a href={props.links.guide}>{s.toGuide}</a>
        </p>
      </div>
    </div>
  );
}
