import { useDeferredValue, useMemo, useState } from 'react';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import type { Person, Tie } from '../../../../lib/contacts/types';
import { GroupTies } from './GroupTies';
import { tieCount } from './names';
import { PersonTies } from './PersonTies';
import { Section } from '../labelled';
import './ties.css';

interface Props {
  strings: ContactStrings;
  people: Person[];
  ties: readonly Tie[];
  live: boolean;
}

/**
 * "Who knows whom?": one person at a time (choose them, tick whom they know) or a group who all know
 * each other (tick them, one button). Every change is saved at once and said in a polite status line.
 */
export function TiesSection({ strings: s, people: current, ties, live }: Props) {
  // An edit elsewhere (a closeness in the table) changes the people: this section follows a moment later, in
  // the background, so the edit reaches the map and the table first.
  const people = useDeferredValue(current);
  const [mode, setMode] = useState<'person' | 'group'>('person');
  const [status, setStatus] = useState('');
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const t = s.ties;
  const roster = { strings: s, people, byId, live };
  return (
    <Section id="cm-ties" className="cm-ties" title={t.title}>
      {people.length < 2 ? (
        <p className="cm-muted">{t.tooFew}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <fieldset className="choice cm-ties__modes">
            <legend>{t.modeLegend}</legend>
            {(['person', 'group'] as const).map((m) => (
              <label className="choice__option" key={m}>
                <input type="radio" name="cm-ties-mode" checked={mode === m} onChange={() => setMode(m)} />
                {m === 'person' ? t.modePerson : t.modeGroup}
              </label>
            ))}
          </fieldset>
          {mode === 'person' ? (
            <PersonTies roster={roster} ties={ties} onStatus={setStatus} />
          ) : (
            <GroupTies roster={roster} onStatus={setStatus} />
          )}
          <p className="cm-muted">{fill(t.total, { ties: tieCount(s, ties.length) })}</p>
        </>
      )}
      <p className="cm-ties__status" role="status">
        {status}
      </p>
    </Section>
  );
}
