import { lazy, Suspense, useState } from 'react';
import { fill } from '../../../i18n/fill';
import { checkLength } from '../../../lib/editing/fieldSync';
import { emptyRatings } from '../../../lib/group/state';
import { limits, marks, type Ratings } from '../../../lib/group/types';
import { decodeMarksCode, marksOf } from '../../../lib/group/votes';
import { LimitedInput } from '../shared/EditableText';
import type { SheetProps } from './props';
import { RatingFields } from './RatingFields';
import type { Round } from './voteDrafts';
import { VotesReveal } from './VotesReveal';

/** The scanner (its camera code and the QR decoder) loads only when the chair asks for it. */
const MarksScanner = lazy(() => import('./MarksScanner'));

/** A round on one device: each member marks in turn, hidden, and everyone's marks are shown together at the end. */
export function VoteRound(
  props: SheetProps & {
    round: Round | null;
    setRound: (r: Round | null) => void;
    currentRound: () => Round | null;
  },
) {
  const { strings: s, round, setRound, disabled, marks: markInfo } = props;
  const [scan, setScan] = useState(false);
  const [count, setCount] = useState('5');
  const [entry, setEntry] = useState<Ratings>(emptyRatings);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [codes, setCodes] = useState('');
  const [codeMessage, setCodeMessage] = useState<string[]>([]);

  if (!round) {
    const total = Number(count);
    const valid = Number.isInteger(total) && total >= 2 && total <= limits.votes;
    return (
      <div className="round">
        <h3>{s.roundTitle}</h3>
        <p className="group-section__help">{s.roundIntro}</p>
        <div className="inline-field">
          <span className="field">
            <label htmlFor="round-count">{s.roundCount}</label>
            <input
              id="round-count"
              type="number"
              inputMode="numeric"
              min={2}
              max={limits.votes}
              value={count}
              disabled={disabled}
              onChange={(e) => setCount(e.currentTarget.value)}
            />
          </span>
          <button
            type="button"
            className="secondary"
            disabled={disabled || !valid}
            onClick={() => {
              setRound({ total, votes: [], revealed: false });
              setEntry(emptyRatings());
              setName('');
              setCodeMessage([]);
            }}
          >
            {s.roundStart}
          </button>
        </div>
        {!valid && count !== '' && <p className="field-error">{fill(s.roundFull, { n: limits.votes })}</p>}
      </div>
    );
  }

  const voted = round.votes.length;
  const done = voted >= round.total;

  function addCodes() {
    if (!round) return;
    const lines = codes.split(/\r\n|\r|\n/);
    const next = [...round.votes];
    const problems: string[] = [];
    const left: string[] = [];
    let added = 0;
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const d = decodeMarksCode(line);
      if (!d.ok) {
        problems.push(fill(s.spreadLineReason, { n: i + 1, reason: s.codeReasons[d.reason] }));
        left.push(line);
      } else if (next.length >= round.total) {
        problems.push(fill(s.spreadLineReason, { n: i + 1, reason: fill(s.roundFull, { n: round.total }) }));
        left.push(line);
      } else {
        next.push(d.vote);
        added += 1;
      }
    });
    setRound({ ...round, votes: next });
    setCodes(left.join('\n'));
    setCodeMessage([fill(s.roundCodesAdded, { n: added }), ...problems]);
  }

  return (
    <div className="round">
      <h3>{s.roundTitle}</h3>
      <p role="status" className="round__status">
        {fill(s.roundVoted, { n: voted, total: round.total })} {!done && !round.revealed && s.roundPass}
      </p>
      {!done && (
        <form
          className="round__vote"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (checkLength(name.trim(), limits.voterName).over) {
              document.getElementById('round-name')?.focus();
              return;
            }
            if (marks.every((m) => entry[m] === null)) {
              setError(s.checkInNeedsRating);
              return;
            }
            setRound({ ...round, votes: [...round.votes, { name: name.trim(), marks: marksOf(entry) }] });
            setEntry(emptyRatings());
            setName('');
            setError('');
          }}
        >
          <h4>{fill(s.roundVoter, { n: voted + 1, total: round.total })}</h4>
          <p className="group-section__help">{s.roundHidden}</p>
          <div className="field">
            <label htmlFor="round-name">{s.roundVoterName}</label>
            <LimitedInput id="round-name" value={name} limit={limits.voterName} autoComplete="off" onValue={setName} />
          </div>
          <RatingFields
            prefix="vote"
            value={entry}
            disabled={disabled}
            marks={markInfo}
            onChange={(m, r) => setEntry((d) => ({ ...d, [m]: r }))}
          />
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit">{s.roundSave}</button>
          <details className="round__codes">
            <summary>{s.roundCodes}</summary>
            <p className="field">
              <label htmlFor="round-codes">{s.roundCodesHelp}</label>
              <textarea id="round-codes" rows={3} value={codes} spellCheck={false} onChange={(e) => setCodes(e.currentTarget.value)} />
            </p>
            <button type="button" className="secondary" onClick={addCodes} disabled={!codes.trim()}>
              {s.roundAddCodes}
            </button>
            <div role="status">
              {codeMessage.map((m) => (
                <p key={m}>{m}</p>
              ))}
            </div>
          </details>
        </form>
      )}
      {!done && (
        <div className="round__scan">
          {scan ? (
            <Suspense fallback={<p>{s.scanner.starting}</p>}>
              <MarksScanner strings={s} total={round.total} currentRound={props.currentRound} setRound={setRound} />
            </Suspense>
          ) : (
            <button type="button" className="secondary" disabled={disabled} onClick={() => setScan(true)}>
              {s.scanOpen}
            </button>
          )}
        </div>
      )}
      {done && !round.revealed && (
        <p>
          <button type="button" onClick={() => setRound({ ...round, revealed: true })}>
            {s.roundReveal}
          </button>
        </p>
      )}
      {round.revealed && (
        <>
          <VotesReveal {...props} votes={round.votes} />
          <p>{s.agreedHelp}</p>
        </>
      )}
      <p>
        <button type="button" className="danger small" onClick={() => setRound(null)}>
          {s.roundCancel}
        </button>
      </p>
    </div>
  );
}
