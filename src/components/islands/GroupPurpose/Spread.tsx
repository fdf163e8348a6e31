import { EditableText } from '../shared/EditableText';
import { useState } from 'react';
import { fill } from '../../../i18n/fill';
import { planPastedResults, unusedReasons } from '../../../lib/group/members';
import { groupSpread, type GroupSpread } from '../../../lib/group/spread';
import { limits } from '../../../lib/group/types';
import { purposes } from '../../../lib/quiz/types';
import * as actions from '../../../stores/group';
import { verdictText } from './verdict';
import type { GroupProps, SheetProps } from './props';

/** How many unused lines are listed one by one (the counts by reason always cover them all). */
const LISTED_LINES = 12;

/**
 * The group view: members' quiz results are pasted once and kept in the worksheet; the group sees
 * what its members want first next to the purpose it chose.
 */
export function Spread(props: SheetProps) {
  const { strings: s, sheet, disabled } = props;
  const [text, setText] = useState('');
  const [added, setAdded] = useState<{ n: number; kept: boolean } | null>(null);
  const plan = planPastedResults(text, sheet.memberResults);
  const view = groupSpread(sheet.memberResults, sheet.purpose.first);

  function add() {
    if (!plan.add.length) return;
    actions.addMemberResults(
      sheet.id,
      plan.add.map(({ name, code }) => ({ name, code })),
    );
    // Keep what was not used in the box, so nothing the reader pasted is lost without a word.
    const unusedLines = new Set(plan.unused.map((u) => u.line));
    setText(
      text
        .split(/\r\n|\r|\n/)
        .filter((_, i) => unusedLines.has(i + 1))
        .join('\n'),
    );
    setAdded({ n: plan.add.length, kept: plan.unused.length > 0 });
  }

  return (
    <section className="group-section spread" aria-labelledby="spread-heading">
      <h2 id="spread-heading">{s.spreadTitle}</h2>
      <p className="group-section__help">{s.spreadIntro}</p>
      <p className="field">
        <label htmlFor="spread-links">{s.spreadLabel}</label>
        <textarea
          id="spread-links"
          rows={4}
          value={text}
          disabled={disabled}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setAdded(null);
          }}
          spellCheck={false}
        />
      </p>
      <div role="status" className="spread__result">
        {added && <p>{fill(s.spreadAdded, { n: added.n })}</p>}
        {text.trim() !== '' && (
          <>
            {plan.add.length > 0 && <p>{plan.add.length === 1 ? s.spreadReadyOne : fill(s.spreadReady, { n: plan.add.length })}</p>}
            {plan.unused.length > 0 && <Unused {...props} plan={plan} />}
            {added?.kept && <p>{s.spreadUnusedKept}</p>}
          </>
        )}
      </div>
      <p>
        <button type="button" onClick={add} disabled={disabled || plan.add.length === 0}>
          {s.spreadAdd}
        </button>
      </p>
      {sheet.memberResults.length > 0 && <Members {...props} view={view} />}
    </section>
  );
}

function Unused({ strings: s, plan }: GroupProps & { plan: ReturnType<typeof planPastedResults> }) {
  return (
    <div className="spread__unused">
      <p>{plan.unused.length === 1 ? s.spreadUnusedOne : fill(s.spreadUnused, { n: plan.unused.length })}</p>
      <ul>
        {unusedReasons
          .filter((r) => plan.counts[r] > 0)
          .map((r) => (
            <li key={r}>{fill(s.unusedReasons[r], { n: plan.counts[r], limit: plan.limit })}</li>
          ))}
      </ul>
      <ul className="spread__lines">
        {plan.unused.slice(0, LISTED_LINES).map((u) => (
          <li key={u.line}>
            {fill(s.spreadLineReason, { n: u.line, reason: s.reasonShort[u.reason] })}: <span className="user-text">{u.text}</span>
          </li>
        ))}
        {plan.unused.length > LISTED_LINES && <li>…</li>}
      </ul>
    </div>
  );
}

function Members(props: SheetProps & { view: GroupSpread }) {
  const { strings: s, sheet, purposeNames, view, disabled } = props;
  const byId = new Map(view.members.map((m) => [m.id, m]));
  const v = view.verdict;
  const verdict = verdictText(props, view);
  return (
    <>
      <h3>{fill(s.membersTitle, { n: sheet.memberResults.length })}</h3>
      <table className="spread__table">
        <caption>{s.spreadPrimary}</caption>
        <tbody>
          {purposes.map((p) => (
            <tr key={p}>
              <th scope="row">{purposeNames[p]}</th>
              <td>{view.primaryCounts[p]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {verdict && <p className={v.kind === 'few' ? 'notice notice--warn' : undefined}>{verdict}</p>}
      <ol className="member-results">
        {sheet.memberResults.map((m, i) => {
          const label = m.name.trim() || fill(s.memberNumber, { n: i + 1 });
          return (
            <li key={m.id} className="member-results__row">
              <span className="member-results__field">
                <label htmlFor={`result-${m.id}`} className="visually-hidden">
                  {`${fill(s.memberNumber, { n: i + 1 })}: ${s.memberLabel}`}
                </label>
                <EditableText
                  id={`result-${m.id}`}
                  value={m.name}
                  limit={limits.voterName}
                  placeholder={fill(s.memberNumber, { n: i + 1 })}
                  disabled={disabled}
                  onSave={(name) => actions.renameMemberResult(sheet.id, m.id, name)}
                />
              </span>
              <span className="member-results__wants">
                {s.memberWants}: {(byId.get(m.id)?.primary ?? []).map((p) => purposeNames[p]).join(', ')}
              </span>
              <button type="button" className="danger small" disabled={disabled} onClick={() => actions.removeMemberResult(sheet.id, m.id)}>
                {fill(s.removeResult, { name: label })}
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
