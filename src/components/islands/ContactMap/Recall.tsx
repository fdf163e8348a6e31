import { lazy, Suspense, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MatchesHandle } from './addressBook/RecallMatches';
import { useDraft } from '../shared/useDraft';
import { LengthNote } from '../shared/EditableText';
import { checkLength } from '../../../lib/editing/fieldSync';
import { fill } from '../../../i18n/fill';
import type { FirstScreenStrings } from './firstScreenStrings';
import { canAddPeople, type ContactState } from '../../../lib/contacts/state';
import { contexts, limits, type Person } from '../../../lib/contacts/types';
import { addPerson } from '../../../stores/contacts';
import { useHydrated } from '../shared/useClientValue';
import { Section } from './labelled';

/** Suggestions from the address book, loaded when the reader starts typing a name. */
const RecallMatches = lazy(() => import('./addressBook/RecallMatches'));
const LIST_ID = 'cm-suggest-list';
const optionId = (index: number) => `cm-suggest-${index}`;

/** The option the arrow keys go to from `active` (-1: none yet; the list wraps round). */
const nextOption = (active: number, key: 'ArrowDown' | 'ArrowUp', count: number): number =>
  active < 0 ? (key === 'ArrowDown' ? 0 : count - 1) : (active + (key === 'ArrowDown' ? 1 : -1) + count) % count;

interface Props {
  strings: FirstScreenStrings;
  state: ContactState;
  people: Person[];
  live: boolean;
}

/**
 * 2. Guided recall: one context at a time with its prompt question, and quick entry of many names in a
 * row (Enter adds the name and leaves the field ready for the next). Which context this tab shows is
 * not stored: it is a place in a walk, not an answer.
 */
export function Recall({ strings: s, state, people, live }: Props) {
  const [step, setStep] = useState(0);
  // A name typed but not yet added is kept as a draft, so a reload does not lose it.
  const [name, setName] = useDraft('contactMap.recallName');
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const context = contexts[step]!;
  const here = people.filter((p) => p.contexts.includes(context));
  const full = !canAddPeople(state);
  const hydrated = useHydrated();
  // Loaded on the first key press, then kept: its status region must exist before it announces.
  const [suggesting, setSuggesting] = useState(false);
  // The name field is a combobox (WAI-ARIA APG, list autocomplete): its listbox is the suggestions.
  const [offered, setOffered] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = useRef<MatchesHandle>(null);
  const expanded = open && offered > 0;
  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && offered > 0) {
      e.preventDefault();
      setOpen(true);
      setActive(expanded ? nextOption(active, e.key, offered) : e.key === 'ArrowDown' ? 0 : offered - 1);
    } else if (e.key === 'Enter' && expanded && active >= 0) {
      e.preventDefault();
      matches.current?.pick(active);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      close();
    }
  };

  useLayoutEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [step]);

  const go = (next: number) => {
    moved.current = true;
    setStep(next);
    setMessage('');
  };
  const add = () => {
    const trimmed = name.trim();
    if (trimmed === '' || checkLength(trimmed, limits.name).over) return;
    if (addPerson(trimmed, context)) {
      setMessage(fill(s.recallAdded, { name: trimmed, context: s.contextsShort[context].toLowerCase() }));
      setName('');
    }
    input.current?.focus();
  };

  return (
    <Section id="cm-recall" title={s.recallTitle}>
      <p>{s.recallIntro}</p>
      <div className="cm-recall">
        <div className="field cm-recall__jump">
          <label htmlFor="cm-recall-context">{s.recallChoose}</label>
          <select
            id="cm-recall-context"
            value={context}
            onChange={(e) => go(contexts.indexOf((e.target as HTMLSelectElement).value as (typeof contexts)[number]))}
          >
            {contexts.map((c) => (
              <option key={c} value={c}>
                {s.contexts[c]} ({people.filter((p) => p.contexts.includes(c)).length})
              </option>
            ))}
          </select>
        </div>
        <p className="cm-recall__step">{fill(s.recallStep, { n: step + 1, total: contexts.length })}</p>
        <h3 id="cm-recall-context-heading" tabIndex={-1} ref={heading}>
          {s.contexts[context]}
        </h3>
        <p className="cm-recall__prompt" id="cm-recall-prompt">
          {s.prompts[context]}
        </p>
        <form
          className="inline-field"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label htmlFor="cm-recall-name" className="visually-hidden">
            {s.recallName}
          </label>
          <input
            ref={input}
            id="cm-recall-name"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={expanded ? LIST_ID : undefined}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            onKeyDown={onKeyDown}
            onBlur={close}
            autoComplete="off"
            placeholder={s.recallName}
            aria-describedby={checkLength(name, limits.name).nearLimit ? 'cm-recall-prompt cm-recall-limit' : 'cm-recall-prompt'}
            aria-invalid={checkLength(name, limits.name).over || undefined}
            value={name}
            disabled={!live || full}
            onChange={(e) => {
              setName((e.target as HTMLInputElement).value);
              setSuggesting(true);
              setOpen(true);
              setActive(-1);
            }}
          />
          <button type="submit" disabled={!live || full}>
            {s.recallAdd}
          </button>
          <LengthNote id="cm-recall-limit" text={name} limit={limits.name} />
        </form>
        {hydrated && suggesting && (
          <Suspense fallback={null}>
            <RecallMatches
              ref={matches}
              strings={s}
              typed={name}
              context={context}
              live={live && !full}
              listId={LIST_ID}
              optionId={optionId}
              open={open}
              active={active}
              onCount={setOffered}
              onPicked={(picked) => {
                close();
                if (picked) {
                  setMessage(fill(s.addressBook.picked, { name: picked, context: s.contextsShort[context].toLowerCase() }));
                  setName('');
                }
                input.current?.focus();
              }}
            />
          </Suspense>
        )}
        <p role="status" className="cm-message">
          {full ? fill(s.recallFull, { n: limits.people }) : message}
        </p>
        {here.length === 0 ? (
          <p className="cm-muted">{s.recallNone}</p>
        ) : (
          <>
            <p className="cm-muted">{fill(s.recallHere, { n: here.length })}</p>
            <ul className="cm-chips">
              {here.slice(-60).map((p) => (
                <li key={p.id}>{p.name}</li>
              ))}
              {here.length > 60 && <li>{fill(s.andMore, { n: here.length - 60 })}</li>}
            </ul>
          </>
        )}
        <div className="button-row">
          <button type="button" className="secondary" disabled={step === 0} onClick={() => go(step - 1)}>
            {s.previousContext}
          </button>
          <button type="button" className="secondary" disabled={step === contexts.length - 1} onClick={() => go(step + 1)}>
            {s.nextContext}
          </button>
        </div>
        {step === contexts.length - 1 && <p>{s.recallDone}</p>}
      </div>
    </Section>
  );
}
