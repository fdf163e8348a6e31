import { useEffect, useRef, useState } from 'react';

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
  maxLength?: number;
}

/**
 * A text input that keeps what the reader types locally and saves it when they leave the field or
 * press Enter: saving on every key press would re-read and re-write the whole map each time. While
 * the field has focus, a change from another tab does not overwrite what the reader is typing.
 */
export function TextField({
  id,
  value,
  onCommit,
  label,
  disabled,
  describedBy,
  invalid,
  type = 'text',
  multiline,
  className,
  placeholder,
  maxLength,
}: Props) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    disabled,
    className,
    placeholder,
    maxLength,
    'aria-label': label,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      commit();
    },
  };
  if (multiline) {
    return <textarea {...common} rows={2} onChange={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />;
  }
  return (
    <input
      {...common}
      type={type}
      onChange={(e) => {
        const next = (e.target as HTMLInputElement).value;
        setDraft(next);
        // A date picker has no typing to wait for: its value is whole when it changes.
        if (type === 'date' && next !== value && (next === '' || /^\d{4}-\d{2}-\d{2}$/.test(next))) onCommit(next);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
