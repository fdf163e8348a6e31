import type { ReactNode, Ref } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import { toggleIn } from '../../../lib/contacts/state';
import { contexts, limits, type Person } from '../../../lib/contacts/types';
import { markContacted, removePerson, restorePerson, updatePerson } from '../../../stores/contacts';
import { Field } from './labelled';
import { TextField } from './TextField';

/**
 * The fields of a person's details, shared by the table's details row and the phone's person sheet:
 * contexts, connector and peer, the text fields, and "contacted today" / "remove".
 */
interface Base {
  strings: ContactStrings;
  person: Person;
  live: boolean;
}

const setFor = (p: Person) => (patch: Parameters<typeof updatePerson>[1]) => updatePerson(p.id, patch);

/** A list field of the person (contexts or roles) as one checkbox per value; the first takes `firstRef`. */
export function ListChecks<K extends 'contexts' | 'roles'>({
  person: p,
  live,
  field,
  values,
  text,
  firstRef,
}: Omit<Base, 'strings'> & {
  field: K;
  values: readonly Person[K][number][];
  text(value: Person[K][number]): string;
  firstRef?: Ref<HTMLInputElement>;
}) {
  const set = setFor(p);
  const list = p[field] as readonly Person[K][number][];
  return values.map((v, i) => (
    <label className="choice__option" key={v}>
      <input
        ref={i === 0 ? firstRef : undefined}
        type="checkbox"
        checked={list.includes(v)}
        disabled={!live}
        onChange={(e) => set({ [field]: toggleIn(list, v, (e.target as HTMLInputElement).checked) })}
      />
      {text(v)}
    </label>
  ));
}

/** Every context as a checkbox; `listClass` wraps them in a box of their own (the table's grid). */
export function ContextChoices({
  strings: s,
  person: p,
  live,
  className,
  listClass,
  firstRef,
}: Base & { className: string; listClass?: string; firstRef?: Ref<HTMLInputElement> }) {
  const checks = <ListChecks person={p} live={live} field="contexts" values={contexts} text={(c) => s.contexts[c]} firstRef={firstRef} />;
  return (
    <fieldset className={className}>
      <legend>{s.col.contexts}</legend>
      {listClass ? <div className={listClass}>{checks}</div> : checks}
    </fieldset>
  );
}

/** "Connector" and "peer" as checkboxes. */
export function FlagChoices({ strings: s, person: p, live }: Base) {
  const set = setFor(p);
  return (
    <>
      {(['connector', 'peer'] as const).map((flag) => (
        <label className="choice__option" key={flag}>
          <input
            type="checkbox"
            checked={p[flag]}
            disabled={!live}
            onChange={(e) => set({ [flag]: (e.target as HTMLInputElement).checked })}
          />
          {s.col[flag]}
        </label>
      ))}
    </>
  );
}

type TextKey = 'nextStep' | 'organisation' | 'position' | 'notes';

/** A labelled text field of the person (or the last-contact date), reset when the person changes. */
export function PersonField({ person: p, live, field, id, label }: Base & { field: TextKey | 'lastContact'; id: string; label: string }) {
  const set = setFor(p);
  return (
    <Field id={id} label={label}>
      {field === 'lastContact' ? (
        <TextField
          key={`${field}-${p.id}`}
          id={id}
          type="date"
          maxLength={10}
          value={p.lastContact ?? ''}
          disabled={!live}
          onCommit={(d) => set({ lastContact: d === '' ? null : d })}
        />
      ) : (
        <TextField
          key={`${field}-${p.id}`}
          id={id}
          multiline={field === 'notes'}
          value={p[field]}
          disabled={!live}
          maxLength={limits[field]}
          onCommit={(v) => set({ [field]: v })}
        />
      )}
    </Field>
  );
}

/** "Contacted today" and "remove" (with undo in the message), then any further buttons. */
export function PersonActions({
  strings: s,
  person: p,
  live,
  onMessage,
  onRemoved,
  children,
}: Base & { onMessage(message: string, undo?: () => void): void; onRemoved?(): void; children?: ReactNode }) {
  return (
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
          onRemoved?.();
        }}
      >
        {fill(s.remove, { name: p.name })}
      </button>
      {children}
    </div>
  );
}
