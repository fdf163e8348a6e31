import { useState } from 'react';
import { fill } from '../../../i18n/fill';
import { sortCheckIns } from '../../../lib/group/state';
import { marks, ratings, type Mark, type Rating, type Ratings, type Worksheet } from '../../../lib/group/types';
import { scoreCheckIn, vitalityTrend } from '../../../lib/group/vitality';
import * as actions from '../../../stores/group';
import { VitalityProfile } from './VitalityProfile';
import type { GroupProps } from './GroupPurpose';

type Props = GroupProps & { sheet: Worksheet; disabled: boolean };

const today = () => new Date().toISOString().slice(0, 10);
const noRatings = (): Ratings => ({ purpose: null, relationships: null, interest: null, passion: null, structure: null });

export function Vitality(props: Props) {
  const { strings: s, sheet, lang, disabled, marks: markInfo } = props;
  const names = Object.fromEntries(marks.map((m) => [m, markInfo[m].name])) as Record<Mark, string>;
  const [date, setDate] = useState(today);
  const [draft, setDraft] = useState<Ratings>(noRatings);
  const [note, setNote] = useState('');
  const [feedback, setFeedback] = useState<'' | 'saved' | 'empty'>('');
  const checkIns = sortCheckIns(sheet.checkIns);
  const latest = checkIns[checkIns.length - 1];
  const trend = vitalityTrend(sheet.checkIns);
  const score = latest ? scoreCheckIn(latest) : null;
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  const fmtDate = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString(locale, { dateStyle: 'medium' });
  const changeWord = { up: `↑ ${s.up}`, down: `↓ ${s.down}`, same: `= ${s.same}`, new: '', none: '' } as const;

  return (
    <section className="group-section vitality" aria-labelledby="vitality-heading">
      <h2 id="vitality-heading">{s.vitalityTitle}</h2>
      <p className="group-section__help">{s.vitalityIntro}</p>
      <form
        className="vitality__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (marks.every((m) => draft[m] === null)) {
            setFeedback('empty');
            return;
          }
          actions.addCheckIn(sheet.id, { date, ratings: draft, note });
          setDraft(noRatings());
          setNote('');
          setFeedback('saved');
        }}
      >
        <p className="field">
          <label htmlFor="checkin-date">{s.checkInDate}</label>
          <input id="checkin-date" type="date" value={date} disabled={disabled} onChange={(e) => setDate(e.currentTarget.value)} />
        </p>
        <p className="vitality__scale">{s.ratingScale}</p>
        {marks.map((m) => (
          <fieldset key={m} className="rating">
            <legend>
              <strong>{names[m]}</strong>
              <span className="rating__description">{markInfo[m].description}</span>
            </legend>
            <div className="rating__options">
              {ratings.map((r) => (
                <label key={r} className="rating__option">
                  <input
                    type="radio"
                    name={`rating-${m}`}
                    value={r}
                    checked={draft[m] === r}
                    disabled={disabled}
                    onChange={() => setDraft((d) => ({ ...d, [m]: r as Rating }))}
                  />
                  <span>{r}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <p className="field">
          <label htmlFor="checkin-note">{s.checkInNote}</label>
          <textarea
            id="checkin-note"
            rows={2}
            maxLength={1000}
            value={note}
            disabled={disabled}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        </p>
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
          {score.average !== null && <p>{fill(s.average, { n: score.average.toLocaleString(locale, { maximumFractionDigits: 1 }) })}</p>}
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
          <div className="table-scroll" role="region" aria-label={s.trendCaption} tabIndex={0}>
            <table className="trend-table">
              <caption>{s.trendCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.mark}</th>
                  {trend.points.map((p) => (
                    <th scope="col" key={p.checkInId}>
                      {fmtDate(p.date)}
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
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="checkin-list no-print">
            {checkIns.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" disabled={disabled} onClick={() => actions.removeCheckIn(sheet.id, c.id)}>
                  {fill(s.removeCheckIn, { date: fmtDate(c.date) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
