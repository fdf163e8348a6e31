import {
  createContext,
  useContext,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  type AriaAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import { fill } from '../../../i18n/fill';
import type { StorageStrings } from '../../../i18n/islands/storage';
import { intlLocale, type Locale } from '../../../i18n/locales';
import { checkLength, fieldSync, startField, type FieldSync } from '../../../lib/editing/fieldSync';
import { saveScheduler } from '../../../stores/editing';

/** The island's storage strings and language, for every editable field inside it. */
export const EditingContext = createContext<{ strings: StorageStrings; lang: Locale } | null>(null);

/** Wrap an island's content so its fields can word counters, limits and conflicts in the page's language. */
export function EditingProvider({ strings, lang, children }: { strings: StorageStrings; lang: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ strings, lang }), [strings, lang]);
  return <EditingContext value={value}>{children}</EditingContext>;
}

interface Props {
  id?: string;
  /** The stored text. */
  value: string;
  /** Store the text (called at most once per pause in typing, on leaving the field, and when the page is hidden). */
  onSave(text: string): void;
  /** The most characters the field may store; longer text stays on screen with a message, unsaved. */
  limit: number;
  label?: string;
  describedBy?: string;
  invalid?: boolean;
  disabled?: boolean;
  multiline?: boolean;
  rows?: number;
  className?: string;
  placeholder?: string;
}

/**
 * A text field that saves as the reader types (DESIGN.md trap 15): within a second of the last key
 * press, at once on leaving the field or Enter, and when the page is hidden. A change another tab
 * stores while the reader has unsaved typing is not taken silently: both texts are shown and the
 * reader chooses. Text over the limit is never cut: it stays on screen with a message.
 * Give it a `key` that changes with the record it edits, so a draft never moves to another record.
 */
export function EditableText({
  id,
  value,
  onSave,
  limit,
  label,
  describedBy,
  invalid,
  disabled,
  multiline,
  rows = 2,
  className,
  placeholder,
}: Props) {
  const editing = useContext(EditingContext);
  const key = useId();
  const [state, dispatch] = useReducer(fieldSync, value, startField);
  // The stored value is an input: when it changes, the field decides whether to take it (see fieldSync).
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    dispatch({ type: 'stored', value });
  }
  // The scheduled save reads the latest state, so a conflict that arrived in the meantime stops it.
  const latest = useRef<FieldSync>(state);
  useEffect(() => {
    latest.current = state;
    if (state.theirs !== null) saveScheduler.cancel(key);
  }, [state, key]);
  // Leaving the page or removing the field (a filtered-away row) saves what was typed.
  useEffect(() => () => saveScheduler.flushKey(key), [key]);

  const length = checkLength(state.draft, limit);
  const messageId = `${key}-limit`;
  // `save` is the onSave of the render the text was typed in: it names the record the text belongs to.
  const saveNow = (text: string, save: (text: string) => void) => {
    if (latest.current.theirs !== null || checkLength(text, limit).over) return;
    dispatch({ type: 'saving', text });
    save(text);
  };
  const onChange = (text: string) => {
    dispatch({ type: 'typed', text });
    if (checkLength(text, limit).over || state.theirs !== null) saveScheduler.cancel(key);
    else saveScheduler.schedule(key, () => saveNow(text, onSave));
  };
  const common = {
    id,
    value: state.draft,
    disabled,
    className,
    placeholder,
    'aria-label': label,
    'aria-describedby': [describedBy, length.nearLimit ? messageId : undefined].filter(Boolean).join(' ') || undefined,
    'aria-invalid': invalid || length.over || undefined,
    onBlur: () => saveScheduler.flushKey(key),
  };
  const s = editing?.strings;

  return (
    <>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => onChange(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveScheduler.flushKey(key);
          }}
        />
      )}
      <LengthNote id={messageId} text={state.draft} limit={limit} />
      {s && state.theirs !== null && (
        <div className="field-conflict" role="group" aria-label={s.fieldConflictTitle}>
          <p className="field-conflict__title" role="alert">
            {s.fieldConflictTitle}
          </p>
          <dl>
            <dt>{s.fieldConflictMine}</dt>
            <dd>{state.draft || s.fieldConflictEmpty}</dd>
            <dt>{s.fieldConflictTheirs}</dt>
            <dd>{state.theirs || s.fieldConflictEmpty}</dd>
          </dl>
          <div className="field-conflict__actions">
            <button
              type="button"
              onClick={() => {
                const mine = state.draft;
                dispatch({ type: 'keepMine' });
                latest.current = { ...state, theirs: null };
                saveNow(mine, onSave);
              }}
            >
              {s.fieldKeepMine}
            </button>
            <button type="button" className="secondary" onClick={() => dispatch({ type: 'useTheirs' })}>
              {s.fieldUseTheirs}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/**
 * Under a field with a limit: a counter from 90 % of the limit, and past it a message that the text is
 * too long and by how much (the text stays on screen; nothing is cut). Give the field
 * `aria-describedby={id}` while `checkLength(text, limit).nearLimit`.
 */
export function LengthNote({ id, text, limit }: { id: string; text: string; limit: number }) {
  const editing = useContext(EditingContext);
  const length = checkLength(text, limit);
  if (!editing || !length.nearLimit) return null;
  const { strings: s, lang } = editing;
  const numbers = (n: number) => n.toLocaleString(intlLocale(lang));
  return (
    <p id={id} className={length.over ? 'field-limit field-limit--over' : 'field-limit'} role={length.over ? 'alert' : undefined}>
      {length.over
        ? fill(s.fieldOverLimit, { length: numbers(length.length), limit: numbers(limit), excess: numbers(length.length - limit) })
        : fill(s.fieldCounter, { length: numbers(length.length), limit: numbers(limit) })}
    </p>
  );
}

/**
 * A one-line input for text kept in component state (a name before it is saved with a form): no
 * `maxLength` that would cut a paste, a counter near the limit and a message past it. The form checks
 * `checkLength(value, limit).over` before it saves.
 */
/** The props of a limited field: its own, and any other attribute of the element but its value and change handler. */
type Limited<Attributes> = { id: string; value: string; limit: number; onValue(text: string): void } & Omit<
  Attributes,
  'id' | 'value' | 'onChange' | 'type'
>;

export function LimitedInput({ id, value, limit, onValue, ...rest }: Limited<InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <>
      <input {...rest} type="text" {...limitedProps(id, value, limit, rest)} onChange={(e) => onValue(e.currentTarget.value)} />
      <LengthNote id={`${id}-limit`} text={value} limit={limit} />
    </>
  );
}

/** `LimitedInput` for a few lines of text (a note). */
export function LimitedTextArea({ id, value, limit, onValue, ...rest }: Limited<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <>
      <textarea {...rest} {...limitedProps(id, value, limit, rest)} onChange={(e) => onValue(e.currentTarget.value)} />
      <LengthNote id={`${id}-limit`} text={value} limit={limit} />
    </>
  );
}

/** A limited field's id, value and ARIA: invalid past the limit, described by its `LengthNote` near it. */
function limitedProps(id: string, value: string, limit: number, rest: AriaAttributes) {
  const length = checkLength(value, limit);
  return {
    id,
    value,
    'aria-invalid': length.over || rest['aria-invalid'] || undefined,
    'aria-describedby': [rest['aria-describedby'], length.nearLimit ? `${id}-limit` : ''].filter(Boolean).join(' ') || undefined,
  };
}
