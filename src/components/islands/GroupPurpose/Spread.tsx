import { useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { groupSpread as GroupSpreadFn } from '../../../lib/group/spread';
import type { Worksheet } from '../../../lib/group/types';
import { purposes } from '../../../lib/quiz/types';
import type { GroupProps } from './GroupPurpose';

/** The group view: members paste their quiz share links, and the group sees what its members want. */
export function Spread(props: GroupProps & { sheet: Worksheet }) {
  const { strings: s, sheet, purposeNames } = props;
  const [text, setText] = useState('');
  // The link parsing and scoring load when the reader first uses the field, not with the page.
  const [compute, setCompute] = useState<typeof GroupSpreadFn | null>(null);
  const load = () => {
    if (!compute) void import('../../../lib/group/spread').then((m) => setCompute(() => m.groupSpread));
  };
  if (!compute) {
    return (
      <SpreadFrame {...props}>
        <textarea
          id="spread-links"
          rows={4}
          value={text}
          onFocus={load}
          onChange={(e) => (setText(e.currentTarget.value), load())}
          spellCheck={false}
        />
      </SpreadFrame>
    );
  }
  const spread = compute(text, sheet.purpose.first);
  const v = spread.verdict;
  const verdict =
    v.kind === 'no-members'
      ? ''
      : v.kind === 'no-choice'
        ? s.verdicts['no-choice']
        : fill(s.verdicts[v.kind], { count: v.matching, total: v.valid, purpose: purposeNames[v.purpose].toLowerCase() });
  return (
    <SpreadFrame {...props}>
      <textarea id="spread-links" rows={4} value={text} onChange={(e) => setText(e.currentTarget.value)} spellCheck={false} />
      <div role="status" className="spread__result">
        {text.trim() && <p>{fill(s.spreadCount, { n: spread.valid })}</p>}
        {spread.lines
          .filter((l) => !l.ok)
          .map((l) => (
            <p key={l.line} className="field-error">
              {fill(s.spreadLine, { n: l.line, reason: l.ok ? '' : s.reasons[l.reason] })}
            </p>
          ))}
        {spread.valid > 0 && (
          <>
            <table className="spread__table">
              <caption>{s.spreadPrimary}</caption>
              <tbody>
                {purposes.map((p) => (
                  <tr key={p}>
                    <th scope="row">{purposeNames[p]}</th>
                    <td>{spread.primaryCounts[p]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {verdict && <p className={v.kind === 'few' ? 'notice notice--warn' : undefined}>{verdict}</p>}
          </>
        )}
      </div>
    </SpreadFrame>
  );
}

function SpreadFrame({ strings: s, children }: GroupProps & { children: React.ReactNode }) {
  const [field, ...rest] = Array.isArray(children) ? children : [children];
  return (
    <section className="group-section spread" aria-labelledby="spread-heading">
      <h2 id="spread-heading">{s.spreadTitle}</h2>
      <p className="group-section__help">{s.spreadIntro}</p>
      <p className="field">
        <label htmlFor="spread-links">{s.spreadLabel}</label>
        {field}
      </p>
      {rest.length > 0 ? rest : <div role="status" className="spread__result" />}
    </section>
  );
}
