import { useEffect, useRef } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { closenessLevels, limits, roles, type Closeness, type Person } from '../../../lib/contacts/types';
import { updatePerson } from '../../../stores/contacts';
import { Field } from './labelled';
import { PersonHabit } from './followUp/PersonHabit';
import { ContextChoices, FlagChoices, ListChecks, PersonActions, PersonField } from './PersonFields';
import { TextField } from './TextField';
import { TiesLine } from './ties/TiesLine';

interface Props {
  strings: ContactStrings;
  person: Person;
  /** Where the person is in the list shown, from 0, and how many there are. */
  index: number;
  total: number;
  live: boolean;
  onMove(delta: 1 | -1): void;
  onClose(): void;
  onMessage(message: string, undo?: () => void): void;
}

/**
 * A person's sheet on a phone: every field, large touch targets (44 × 44 px at least) and
 * Next/Previous person. A modal dialog: focus stays inside, Escape closes it. Loaded only on a phone.
 */
export default function PersonSheet({ strings: s, person: p, index, total, live, onMove, onClose, onMessage }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => heading.current?.focus(), [p.id]);
  const set = (patch: Parameters<typeof updatePerson>[1]) => updatePerson(p.id, patch);
  const id = (field: string) => `cm-sheet-${field}`;
  const base = { strings: s, person: p, live };

  return (
    <dialog
      ref={dialog}
      className="cm-sheet"
      aria-labelledby={id('title')}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="cm-sheet__bar">
        <button type="button" className="secondary" onClick={() => onMove(-1)} disabled={total < 2}>
          {s.sheetPrevious}
        </button>
        <button type="button" className="secondary" onClick={() => onMove(1)} disabled={total < 2}>
          {s.sheetNext}
        </button>
        <button type="button" onClick={onClose}>
          {s.sheetClose}
        </button>
      </div>
      <p className="cm-muted">{fill(s.sheetPosition, { n: index + 1, total })}</p>
      <h2 id={id('title')} ref={heading} tabIndex={-1}>
        {p.name}
      </h2>
      <Field id={id('name')} label={s.col.name}>
        <TextField
          key={`name-${p.id}`}
          id={id('name')}
          value={p.name}
          disabled={!live}
          maxLength={limits.name}
          onCommit={(name) => set({ name })}
        />
      </Field>
      <fieldset className="choice cm-sheet__choices">
        <legend>{s.col.closeness}</legend>
        {[...closenessLevels, null].map((c) => (
          <label className="choice__option" key={c ?? 'none'}>
            <input
              type="radio"
              name={id('closeness')}
              checked={p.closeness === c}
              disabled={!live}
              onChange={() => set({ closeness: c as Closeness | null })}
            />
            {c ? s.closeness[c] : s.notRated}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice cm-sheet__choices">
        <legend>{s.col.roles}</legend>
        <ListChecks person={p} live={live} field="roles" values={roles} text={(r) => s.roles[r]} />
        <FlagChoices {...base} />
      </fieldset>
      <ContextChoices {...base} className="choice cm-sheet__choices" />
      <PersonField {...base} field="lastContact" id={id('last')} label={s.col.lastContact} />
      <PersonHabit {...base} idPrefix={id('habit')} />
      <PersonField {...base} field="nextStep" id={id('nextStep')} label={s.col.nextStep} />
      <PersonField {...base} field="organisation" id={id('organisation')} label={s.organisation} />
      <PersonField {...base} field="position" id={id('position')} label={s.position} />
      <PersonField {...base} field="notes" id={id('notes')} label={s.notes} />
      <TiesLine strings={s} id={p.id} />
      <PersonActions {...base} onMessage={onMessage} onRemoved={onClose} />
    </dialog>
  );
}
