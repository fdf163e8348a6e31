import { useState } from 'react';
import { fill } from '../../../i18n/fill';
import { checkLength } from '../../../lib/editing/fieldSync';
import { formatDay } from '../../../lib/group/dates';
import { emptyRatings, sortCheckIns } from '../../../lib/group/state';
import { limits, marks, type Mark, type Ratings } from '../../../lib/group/types';
import { scoreCheckIn, vitalityTrend } from '../../../lib/group/vitality';
import { voteSpread } from '../../../lib/group/votes';
import { $drafts } from '../../../stores/drafts';
import * as actions from '../../../stores/group';
import { LimitedTextArea } from '../shared/EditableText';
import { useDraft } from '../shared/useDraft';
import { markNames, num } from './Charts';
import { PhoneMarks } from './PhoneMarks';
import type { SheetProps } from './props';
import { RatingFields } from './RatingFields';
import { Trend } from './Trend';
import { readRatings, readRound, type Round } from './voteDrafts';
import { VitalityProfile } from './VitalityProfile';
import { VoteRound } from './VoteRound';

const today = () => new Date().toISOString().slice(0, 10);

export function Vitality(props: SheetProps) {
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
          <LimitedTextArea id="checkin-note" rows={2} value={note} limit={limits.note} disabled={disabled} onValue={setNote} />
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
