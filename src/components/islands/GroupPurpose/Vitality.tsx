import { useDraft } from '../shared/useDraft';
import { LengthNote, LimitedInput } from '../shared/EditableText';
import { checkLength } from '../../../lib/editing/fieldSync';
import { lazy, Suspense, useState } from 'react';
import { fill } from '../../../i18n/fill';
import { formatDay } from '../../../lib/group/dates';
import { emptyRatings, sortCheckIns } from '../../../lib/group/state';
import {
  limits,
  marks,
  ratings,
  VOTE_MARKS_PATTERN,
  type Mark,
  type Rating,
  type Ratings,
  type Vote,
  type Worksheet,
} from '../../../lib/group/types';
import { scoreCheckIn, vitalityTrend } from '../../../lib/group/vitality';
import { decodeMarksCode, encodeMarksCode, marksOf, talkFirst, voteSpread } from '../../../lib/group/votes';
import { $drafts } from '../../../stores/drafts';
import * as actions from '../../../stores/group';
import { markNames, SignDots, TrendChart, TrendLegend } from './Charts';
import { VitalityProfile } from './VitalityProfile';
import type { GroupProps } from './GroupPurpose';
import { intlLocale } from '../../../lib/site/locale';

type Props = GroupProps & { sheet: Worksheet; disabled: boolean };

/** The scanner (its camera code and the QR decoder) loads only when the chair asks for it, the QR code when it shows. */
const MarksScanner = lazy(() => import('./MarksScanner'));
const MarksQr = lazy(() => import('./MarksQr'));

const today = () => new Date().toISOString().slice(0, 10);
const num = (n: number, lang: GroupProps['lang']) => n.toLocaleString(intlLocale(lang), { maximumFractionDigits: 1 });

/** Five groups of 1–5 radio buttons; `prefix` keeps the groups of different forms apart. */
function RatingFields({
  prefix,
  value,
  onChange,
  disabled,
  marks: markInfo,
  hints,
}: {
  prefix: string;
  value: Ratings;
  onChange: (m: Mark, r: Rating) => void;
  disabled: boolean;
  marks: GroupProps['marks'];
  hints?: Partial<Record<Mark, string>>;
}) {
  return (
    <>
      {marks.map((m) => (
        <fieldset key={m} className="rating">
          <legend>
            <strong>{markInfo[m].name}</strong>
            {hints?.[m] && <span className="rating__hint"> ({hints[m]})</span>}
            <span className="rating__description">{markInfo[m].description}</span>
          </legend>
          <div className="rating__options">
            {ratings.map((r) => (
              <label key={r} className="rating__option">
                <input
                  type="radio"
                  name={`${prefix}-${m}`}
                  value={r}
                  checked={value[m] === r}
                  disabled={disabled}
                  onChange={() => onChange(m, r)}
                />
                <span>{r}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

export interface Round {
  total: number;
  votes: Vote[];
  revealed: boolean;
}

/** Marks from a draft (JSON this component wrote); anything unreadable counts as no marks. */
function readRatings(text: string): Ratings {
  const result = emptyRatings();
  if (!text) return result;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    for (const m of marks) {
      const r = parsed[m];
      if ((ratings as readonly unknown[]).includes(r)) result[m] = r as Rating;
    }
  } catch {
    // not ours: start with no marks
  }
  return result;
}

/** A round in progress from a draft; anything unreadable counts as no round. */
function readRound(text: string): Round | null {
  if (!text) return null;
  try {
    const r = JSON.parse(text) as Partial<Round>;
    const votes = Array.isArray(r.votes)
      ? r.votes.filter(
          (v): v is Vote => typeof v?.name === 'string' && v.name.length <= limits.voterName && VOTE_MARKS_PATTERN.test(String(v?.marks)),
        )
      : [];
    if (typeof r.total !== 'number' || !Number.isInteger(r.total) || r.total < 1 || r.total > limits.votes) return null;
    return { total: r.total, votes: votes.slice(0, r.total), revealed: r.revealed === true };
  } catch {
    return null;
  }
}

export function Vitality(props: Props) {
  const { strings: s, sheet, lang, disabled, marks: markInfo } = props;
  const names = markNames(markInfo);
  // What is being entered (date, marks, note, a round of votes) is kept as a draft per worksheet, so a reload loses none of it.
  const [dateDraft, setDate] = useDraft(`group.${sheet.id}.checkInDate`);
  const [marksDraft, setMarksDraft] = useDraft(`group.${sheet.id}.checkInMarks`);
  const [note, setNote] = useDraft(`group.${sheet.id}.checkInNote`);
  const roundKey = `group.${sheet.id}.round`;
  const [roundDraft, setRoundDraft] = useDraft(roundKey);
  const [feedback, setFeedback] = useState<'' | 'saved' | 'empty'>('');
  const date = dateDraft || today();
  const draft = readRatings(marksDraft);
  const setDraft = (next: Ratings) => setMarksDraft(marks.every((m) => next[m] === null) ? '' : JSON.stringify(next));
  const round = readRound(roundDraft);
  const setRound = (next: Round | null) => setRoundDraft(next ? JSON.stringify(next) : '');
  // A scan arrives from the camera's callback: it reads the round as it is now, not as it was when it rendered.
  const currentRound = () => readRound($drafts.get()[roundKey] ?? '');
  const checkIns = sortCheckIns(sheet.checkIns);
  const latest = checkIns[checkIns.length - 1];
  const trend = vitalityTrend(sheet.checkIns);
  const score = latest ? scoreCheckIn(latest) : null;
  const fmtDate = (d: string) => formatDay(d, lang);
  const revealed = round?.revealed ? voteSpread(round.votes) : null;
  const hints = revealed
    ? (Object.fromEntries(
        marks.map((m) => [m, revealed[m].median === null ? '' : fill(s.median, { n: num(revealed[m].median!, lang) })]),
      ) as Record<Mark, string>)
    : undefined;

  return (
    <section className="group-section vitality" aria-labelledby="vitality-heading">
      <h2 id="vitality-heading">{s.vitalityTitle}</h2>
      <p className="group-section__help">{s.vitalityIntro}</p>

      <VoteRound {...props} round={round} setRound={setRound} currentRound={currentRound} />

      <form
        className="vitality__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (checkLength(note, limits.note).over) {
            document.getElementById('checkin-note')?.focus();
            return;
          }
          if (marks.every((m) => draft[m] === null)) {
            setFeedback('empty');
            return;
          }
          actions.addCheckIn(sheet.id, { date, ratings: draft, note, votes: round?.revealed ? round.votes : [] });
          setDraft(emptyRatings());
          setNote('');
          setDate('');
          setRound(null);
          setFeedback('saved');
        }}
      >
        <p className="field">
          <label htmlFor="checkin-date">{s.checkInDate}</label>
          <input id="checkin-date" type="date" value={date} disabled={disabled} onChange={(e) => setDate(e.currentTarget.value)} />
        </p>
        <p className="vitality__scale">{s.ratingScale}</p>
        <RatingFields
          prefix="rating"
          value={draft}
          disabled={disabled}
          marks={markInfo}
          hints={hints}
          onChange={(m, r) => setDraft({ ...draft, [m]: r })}
        />
        <div className="field">
          <label htmlFor="checkin-note">{s.checkInNote}</label>
          <textarea
            id="checkin-note"
            rows={2}
            value={note}
            disabled={disabled}
            aria-describedby={checkLength(note, limits.note).nearLimit ? 'checkin-note-limit' : undefined}
            aria-invalid={checkLength(note, limits.note).over || undefined}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <LengthNote id="checkin-note-limit" text={note} limit={limits.note} />
        </div>
        {round?.revealed && <p>{fill(s.votesSaved, { n: round.votes.length })}</p>}
        {feedback === 'empty' && (
          <p className="field-error" role="alert">
            {s.checkInNeedsRating}
          </p>
        )}
        <button type="submit" disabled={disabled}>
          {s.saveCheckIn}
        </button>
        <p role="status" className="group__message">
          {feedback === 'saved' ? s.checkInSaved : ''}
        </p>
      </form>

      {latest && score && (
        <div className="vitality__latest">
          <h3>{fill(s.latestTitle, { date: fmtDate(latest.date) })}</h3>
          <VitalityProfile ratings={latest.ratings} names={names} title={s.profileTitle} id="latest-profile" />
          {score.average !== null && <p>{fill(s.average, { n: num(score.average, lang) })}</p>}
          <h4>{s.weakestTitle}</h4>
          {score.weakest.length === 0 ? (
            <p>{s.allStrong}</p>
          ) : (
            <>
              {score.even && <p>{s.evenNote}</p>}
              {score.weakest.map((mark) => (
                <div key={mark} className="suggestions">
                  <p>
                    <strong>{markInfo[mark].name}</strong>
                  </p>
                  <ul>
                    {markInfo[mark].suggestions.map((t) => (
                      <li key={t}>{t}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </>
          )}
        </div>
      )}

      {checkIns.length > 0 && (
        <div className="vitality__trend">
          <h3>{s.trendTitle}</h3>
          <Trend {...props} trend={trend} />
          <ul className="checkin-list no-print">
            {checkIns.map((c) => (
              <li key={c.id}>
                <button type="button" className="danger small" disabled={disabled} onClick={() => actions.removeCheckIn(sheet.id, c.id)}>
                  {fill(s.removeCheckIn, { date: fmtDate(c.date) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <PhoneMarks {...props} />
    </section>
  );
}

/** The trend: a small chart per sign and the table with the same figures. Shared with the printed sheet. */
export function Trend(props: GroupProps & { trend: ReturnType<typeof vitalityTrend>; idPrefix?: string }) {
  const { strings: s, trend, lang, marks: markInfo } = props;
  const names = markNames(markInfo);
  const changeWord = { up: `↑ ${s.up}`, down: `↓ ${s.down}`, same: `= ${s.same}`, new: '', none: '' } as const;
  return (
    <>
      <div className="trend-charts">
        {marks.map((m) => (
          <figure key={m} className="trend-charts__item">
            <figcaption>{names[m]}</figcaption>
            <TrendChart points={trend.series[m]} sign={names[m]} lang={lang} strings={s} />
          </figure>
        ))}
      </div>
      <TrendLegend strings={s} />
      <div className="table-scroll" role="region" aria-label={s.trendCaption} tabIndex={0}>
        <table className="trend-table">
          <caption>{s.trendCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.mark}</th>
              {trend.points.map((p) => (
                <th scope="col" key={p.checkInId}>
                  {formatDay(p.date, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {marks.map((m) => (
              <tr key={m}>
                <th scope="row">{names[m]}</th>
                {trend.series[m].map((p) => (
                  <td key={p.checkInId}>
                    {p.rating ?? '–'} <span className="trend-change">{changeWord[p.change]}</span>
                    {p.voters > 0 && p.median !== null && (
                      <span className={`trend-votes${p.disagree ? ' trend-votes--disagree' : ''}`}>
                        {s.medianShort} {num(p.median, lang)}, {p.low}–{p.high}
                        {p.disagree ? ' !' : ''}
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The members' marks at one check-in: a dot plot per sign and which signs to talk about first. */
export function VotesReveal(props: GroupProps & { votes: readonly Vote[]; headingLevel?: 3 | 4; title?: string }) {
  const { strings: s, lang, marks: markInfo, votes, headingLevel = 4 } = props;
  const spread = voteSpread(votes);
  const first = talkFirst(spread);
  const H = `h${headingLevel}` as const;
  return (
    <div className="reveal">
      <H>{props.title ?? s.revealTitle}</H>
      <p className="group-section__help">{s.revealIntro}</p>
      <ul className="reveal__signs">
        {marks.map((m) => (
          <li key={m} className={spread[m].disagree ? 'reveal__sign reveal__sign--disagree' : 'reveal__sign'}>
            <strong>{markInfo[m].name}</strong>
            <SignDots spread={spread[m]} label={markInfo[m].name} lang={lang} strings={s} />
            <span>
              {spread[m].median === null ? '–' : fill(s.median, { n: num(spread[m].median!, lang) })}
              {spread[m].disagree && <strong className="reveal__flag"> · {s.disagree}</strong>}
            </span>
          </li>
        ))}
      </ul>
      <p className={first.length ? 'notice notice--warn' : undefined}>
        {first.length ? fill(s.talkFirst, { signs: first.map((m) => markInfo[m].name).join(', ') }) : s.noDisagreement}
      </p>
    </div>
  );
}

/** A round on one device: each member marks in turn, hidden, and everyone's marks are shown together at the end. */
function VoteRound(
  props: Props & {
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

/** On a member's own phone: their marks as a short code to send to whoever collects them. */
function PhoneMarks(props: Props) {
  const { strings: s, marks: markInfo } = props;
  const [mine, setMine] = useState<Ratings>(emptyRatings);
  const [name, setName] = useState('');
  const any = marks.some((m) => mine[m] !== null);
  return (
    <details className="phone-marks">
      <summary>{s.phoneTitle}</summary>
      <p className="group-section__help">{s.phoneIntro}</p>
      <div className="field">
        <label htmlFor="phone-name">{s.phoneName}</label>
        <LimitedInput id="phone-name" value={name} limit={limits.voterName} autoComplete="off" onValue={setName} />
      </div>
      <RatingFields prefix="phone" value={mine} disabled={false} marks={markInfo} onChange={(m, r) => setMine((d) => ({ ...d, [m]: r }))} />
      <p role="status">
        {any && !checkLength(name, limits.voterName).over ? (
          <>
            {s.phoneCode}: <output className="phone-marks__code">{encodeMarksCode(mine, name)}</output>
          </>
        ) : (
          s.phoneNone
        )}
      </p>
      {any && (
        <Suspense fallback={null}>
          <MarksQr ratings={mine} strings={s} />
        </Suspense>
      )}
    </details>
  );
}
