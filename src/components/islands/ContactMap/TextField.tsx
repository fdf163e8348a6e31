import { useState } from 'react';
import { EditableText } from '../shared/EditableText';

interface Props {
  id?: string;
  value: string;
  onCommit(value: string): void;
  label?: string;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
  type?: 'text' | 'date';
  multiline?: boolean;
  className?: string;
  placeholder?: string;
  /** The field's limit in characters (from `limits`). */
  maxLength: number;
}

/**
 * A contact map field: text saves as the reader types (see EditableText); a date saves as soon as it
 * is a whole date (a date picker has no typing to wait for).
 */
export function TextField({ type = 'text', maxLength, onCommit, ...props }: Props) {
  if (type === 'date') return <DateField {...props} onCommit={onCommit} />;
  return <EditableText {...props} limit={maxLength} onSave={onCommit} />;
}

function DateField({ id, value, onCommit, label, disabled, describedBy, invalid, className }: Omit<Props, 'maxLength' | 'type'>) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  return (
    <input
      id={id}
      type="date"
      value={draft}
      disabled={disabled}
      className={className}
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setDraft(next);
        if (next !== value && (next === '' || /^\d{4}-\d{2}-\d{2}$/.test(next))) onCommit(next);
      }}
    />
  );
}
