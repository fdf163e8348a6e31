import { formatDay } from '../../../../i18n/dates';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { nextContact } from '../../../../lib/contacts/followUp/rhythm';
import { rhythms, type Person, type Rhythm } from '../../../../lib/contacts/types';
import { today, updatePerson } from '../../../../stores/contacts';
import { ChoiceSelect } from '../ChoiceSelect';
import { useLang } from './useLang';

/** "Keep in touch": the person's rhythm, and the next contact it sets, in words. */
export function RhythmField({ strings: s, person: p, live, id }: { strings: ContactStrings; person: Person; live: boolean; id: string }) {
  const lang = useLang();
  const next = nextContact(p.lastContact, p.rhythm);
  const h = s.habit;
  const note =
    p.rhythm === 'none'
      ? null
      : next === null
        ? h.nextNoDate
        : fill(next <= today() ? h.nextPast : h.next, { date: formatDay(next, lang) });
  return (
    <div className="field cm-rhythm">
      <label htmlFor={id}>{h.rhythm}</label>
      <ChoiceSelect<Rhythm>
        id={id}
        value={p.rhythm}
        disabled={!live}
        options={rhythms.map((r) => [r, h.rhythms[r]] as const)}
        onChange={(rhythm) => updatePerson(p.id, { rhythm })}
      />
      {note && (
        <p className="cm-rhythm__next" id={`${id}-next`}>
          {note}
        </p>
      )}
    </div>
  );
}
