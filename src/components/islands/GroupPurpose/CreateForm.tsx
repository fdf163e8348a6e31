import { useState } from 'react';
import { checkLength } from '../../../lib/editing/fieldSync';
import { limits } from '../../../lib/group/types';
import { LengthNote } from '../shared/EditableText';
import type { GroupProps } from './props';

/** A new worksheet by name; an empty name is an error, a name over the limit waits to be shortened. */
export function CreateForm(props: GroupProps & { first: boolean; disabled: boolean; onCreate: (name: string) => void }) {
  const { strings: s } = props;
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  return (
    <form
      className="group__create"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) {
          setError(true);
          return;
        }
        if (checkLength(name.trim(), limits.name).over) return;
        props.onCreate(name.trim());
        setName('');
        setError(false);
      }}
      noValidate
    >
      {props.first && <p>{s.createFirst}</p>}
      <label htmlFor="group-new-name">{s.newName}</label>
      {error && (
        <p className="field-error" id="group-new-name-error">
          {s.nameRequired}
        </p>
      )}
      <div className="inline-field">
        <input
          id="group-new-name"
          type="text"
          value={name}
          disabled={props.disabled}
          aria-invalid={error || checkLength(name, limits.name).over || undefined}
          aria-describedby={
            [error ? 'group-new-name-error' : '', checkLength(name, limits.name).nearLimit ? 'group-new-name-limit' : '']
              .join(' ')
              .trim() || undefined
          }
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" disabled={props.disabled}>
          {s.create}
        </button>
      </div>
      <LengthNote id="group-new-name-limit" text={name} limit={limits.name} />
    </form>
  );
}
