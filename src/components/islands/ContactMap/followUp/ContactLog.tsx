import { useRef, useState } from 'react';
import { formatDay } from '../../../../i18n/dates';
import { fill } from '../../../../i18n/fill';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { limits, type Person } from '../../../../lib/contacts/types';
import { logContact, removeLogEntry, today } from '../../../../stores/contacts';
import { useLang } from './useLang';

/**
 * A person's contact log, newest first: a line per contact with a date (today unless changed), added
 * with Enter, each removable. What happened is said in a polite status message.
 */
export function ContactLog({ strings: s, person: p, live, id }: { strings: ContactStrings; person: Person; live: boolean; id: string }) {
  const lang = useLang();
  const h = s.habit;
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const textField = useRef<HTMLInputElement>(null);

  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    logContact(p.id, text, date);
    setText('');
    setStatus(fill(h.logAdded, { date: formatDay(date, lang) }));
  };

  return (
    <section className="cm-log" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="cm-log__title">
        {h.log}
      </h3>
      {p.log.length === 0 ? (
        <p className="cm-muted">{h.logEmpty}</p>
      ) : (
        <ul className="cm-log__list">
          {p.log.map((entry) => (
            <li key={`${entry.date} ${entry.text}`}>
              <span className="cm-log__entry">
                <span className="cm-log__date">{formatDay(entry.date, lang)}</span> <span>{entry.text || h.logContacted}</span>
              </span>
              <button
                type="button"
                className="link-button"
                disabled={!live}
                aria-label={fill(h.logRemove, { date: formatDay(entry.date, lang), text: entry.text || h.logContacted })}
                onClick={() => {
                  removeLogEntry(p.id, entry);
                  setStatus(fill(h.logRemoved, { date: formatDay(entry.date, lang) }));
                  textField.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="cm-log__add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-date`}>{h.logDate}</label>
          <input id={`${id}-date`} type="date" value={date} required disabled={!live} onChange={(e) => setDate(e.currentTarget.value)} />
        </div>
        <div className="field cm-log__line">
          <label htmlFor={`${id}-text`}>{h.logText}</label>
          <input
            ref={textField}
            id={`${id}-text`}
            type="text"
            value={text}
            maxLength={limits.logText}
            disabled={!live}
            aria-describedby={`${id}-keeps`}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button type="submit" className="secondary" disabled={!live}>
          {h.logAdd}
        </button>
      </form>
      <p className="cm-muted cm-log__keeps" id={`${id}-keeps`}>
        {fill(h.logKeeps, { n: limits.log })}
      </p>
      <p role="status" className="cm-log__status">
        {status}
      </p>
    </section>
  );
}
