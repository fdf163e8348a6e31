import { useEffect, useRef } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { toggleIn } from '../../../lib/contacts/state';
import { closenessLevels, contexts, limits, roles, type Closeness, type Person } from '../../../lib/contacts/types';
import { markContacted, removePerson, restorePerson, updatePerson } from '../../../stores/contacts';
import { TextField } from './TextField';

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
      <div className="field">
        <label htmlFor={id('name')}>{s.col.name}</label>
        <TextField
          key={`name-${p.id}`}
          id={id('name')}
          value={p.name}
          disabled={!live}
          maxLength={limits.name}
          onCommit={(name) => set({ name })}
        />
      </div>
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
        {roles.map((r) => (
          <label className="choice__option" key={r}>
            <input
              type="checkbox"
              checked={p.roles.includes(r)}
              disabled={!live}
              onChange={(e) => set({ roles: toggleIn(p.roles, r, (e.target as HTMLInputElement).checked) })}
            />
            {s.roles[r]}
          </label>
        ))}
        <label className="choice__option">
          <input
            type="checkbox"
            checked={p.connector}
            disabled={!live}
            onChange={(e) => set({ connector: (e.target as HTMLInputElement).checked })}
          />
          {s.col.connector}
        </label>
        <label className="choice__option">
          <input
            type="checkbox"
            checked={p.peer}
            disabled={!live}
            onChange={(e) => set({ peer: (e.target as HTMLInputElement).checked })}
          />
          {s.col.peer}
        </label>
      </fieldset>
      <fieldset className="choice cm-sheet__choices">
        <legend>{s.col.contexts}</legend>
        {contexts.map((c) => (
          <label className="choice__option" key={c}>
            <input
              type="checkbox"
              checked={p.contexts.includes(c)}
              disabled={!live}
              onChange={(e) => set({ contexts: toggleIn(p.contexts, c, (e.target as HTMLInputElement).checked) })}
            />
            {s.contexts[c]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={id('last')}>{s.col.lastContact}</label>
        <TextField
          key={`last-${p.id}`}
          id={id('last')}
          type="date"
          maxLength={10}
          value={p.lastContact ?? ''}
          disabled={!live}
          onCommit={(d) => set({ lastContact: d === '' ? null : d })}
        />
      </div>
      {(
        [
          ['nextStep', s.col.nextStep, limits.nextStep],
          ['organisation', s.organisation, limits.organisation],
          ['position', s.position, limits.position],
        ] as const
      ).map(([field, label, limit]) => (
        <div className="field" key={field}>
          <label htmlFor={id(field)}>{label}</label>
          <TextField
            key={`${field}-${p.id}`}
            id={id(field)}
            value={p[field]}
            disabled={!live}
            maxLength={limit}
            onCommit={(v) => set({ [field]: v })}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={id('notes')}>{s.notes}</label>
        <TextField
          key={`notes-${p.id}`}
          id={id('notes')}
          multiline
          value={p.notes}
          disabled={!live}
          maxLength={limits.notes}
          onCommit={(notes) => set({ notes })}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          disabled={!live}
          onClick={() => {
            markContacted([p.id]);
            onMessage(fill(s.contactedMarked, { name: p.name }));
          }}
        >
          {s.contactedToday}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!live}
          onClick={() => {
            const removed = removePerson(p.id);
            if (removed) onMessage(fill(s.removed, { name: p.name }), () => restorePerson(removed));
            onClose();
          }}
        >
          {fill(s.remove, { name: p.name })}
        </button>
      </div>
    </dialog>
  );
}
