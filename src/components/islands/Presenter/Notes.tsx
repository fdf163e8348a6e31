import { useEffect, useState } from 'react';
import { fill } from '../../../i18n/fill';
import { clockOf } from '../../../lib/workshop/plans';
import { stepChannel } from './browser';
import type { PresenterProps } from './types';
import '../shared/islands.css';
import './presenter.css';

/** The facilitator's talking points, step by step: on a phone, or beside the presenter view (it follows along). */
export default function Notes(props: PresenterProps) {
  const { strings: s, steps } = props;
  const [step, setStep] = useState(0);
  const [follow, setFollow] = useState(true);
  const starts = steps.reduce<number[]>((acc, _x, i) => [...acc, i === 0 ? 0 : acc[i - 1]! + steps[i - 1]!.minutes], []);
  const current = steps[step]!;

  useEffect(() => {
    if (!follow) return;
    const channel = stepChannel(props.planId);
    if (!channel) return;
    channel.onmessage = (e: MessageEvent<{ step?: unknown }>) => {
      const n = e.data?.step;
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < steps.length) setStep(n);
    };
    return () => channel.close();
  }, [follow, props.planId, steps.length]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.altKey ||
        e.ctrlKey ||
        e.metaKey ||
        (e.target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(e.target.tagName))
      )
        return;
      const moves: Record<string, (n: number) => number> = {
        ArrowRight: (n) => n + 1,
        ArrowDown: (n) => n + 1,
        ArrowLeft: (n) => n - 1,
        ArrowUp: (n) => n - 1,
        Home: () => 0,
        End: () => steps.length - 1,
      };
      const move = moves[e.key];
      if (!move) return;
      e.preventDefault();
      setStep((n) => Math.max(0, Math.min(steps.length - 1, move(n))));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [steps.length]);

  return (
    <div className="notes" data-pagefind-ignore="all">
      <p className="presenter__meta">
        <span>{fill(s.stepOf, { n: step + 1, total: steps.length })}</span>
        <span>
          {clockOf(starts[step]!)} · {fill(s.minutes, { m: current.minutes })}
        </span>
      </p>
      <h2 className="notes__title">{current.title}</h2>
      <p className="notes__what">{current.what.replace(/\*/g, '')}</p>
      <h3>{s.notesFor}</h3>
      <ul className="notes__points">
        {current.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <div className="presenter__controls">
        <button type="button" className="secondary" onClick={() => setStep((n) => Math.max(0, n - 1))} disabled={step === 0}>
          {s.previous}
        </button>
        <button type="button" onClick={() => setStep((n) => Math.min(steps.length - 1, n + 1))} disabled={step === steps.length - 1}>
          {s.next}
        </button>
      </div>
      <p className="presenter__next">
        {steps[step + 1] ? (
          <>
            <strong>{s.nextUp}:</strong> {steps[step + 1]!.title}
          </>
        ) : (
          s.lastStep
        )}
      </p>
      <label className="notes__follow">
        <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.currentTarget.checked)} /> {s.follow}
      </label>
      <p>
        <a href={props.links.other}>{s.openPresenter}</a> · <a href={props.links.guide}>{s.toGuide}</a>
      </p>
    </div>
  );
}
