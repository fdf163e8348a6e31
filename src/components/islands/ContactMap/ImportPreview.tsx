import { useId, useLayoutEffect, useRef, useState } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { ImportPlan, Outcome } from './planImport';

/** At most this many warnings are listed; the rest are counted. */
const WARNINGS_SHOWN = 10;

interface Props {
  strings: ContactStrings;
  plan: ImportPlan;
  live: boolean;
  onDone(outcome: Outcome): void;
  onCancel(): void;
}

/**
 * What a file will do, before it does anything: where its people go (the address book, or the map for
 * the reader's own files), whether to keep e-mail addresses, and "add all to the map" for a short list.
 * Focus moves to its heading, so a screen reader starts reading here. Mounted afresh for each file (keyed).
 */
export default function ImportPreview({ strings: s, plan, live, onDone, onCancel }: Props) {
  const [keepEmails, setKeepEmails] = useState(false);
  const [addAll, setAddAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const emailHint = useId();
  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="cm-preview" role="region" aria-labelledby="cm-preview-heading">
      <h3 id="cm-preview-heading" tabIndex={-1} ref={heading}>
        {s.importPreviewTitle}
      </h3>
      <p>{fill(s.importFormat, { format: s.formats[plan.format] })}</p>
      {plan.lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
      {plan.examples.length > 0 && <p>{fill(s.importExamples, { names: plan.examples.join(', ') })}</p>}
      {plan.warnings.length > 0 && (
        <>
          <p>{s.importWarnings}</p>
          <ul>
            {plan.warnings.slice(0, WARNINGS_SHOWN).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
            {plan.warnings.length > WARNINGS_SHOWN && <li>{fill(s.andMore, { n: plan.warnings.length - WARNINGS_SHOWN })}</li>}
          </ul>
        </>
      )}
      {plan.emails > 0 && (
        <div className="cm-import-option">
          <input
            id="cm-import-emails"
            type="checkbox"
            checked={keepEmails}
            aria-describedby={emailHint}
            onChange={(e) => setKeepEmails((e.target as HTMLInputElement).checked)}
          />
          <label htmlFor="cm-import-emails">{fill(s.addressBook.keepEmails, { n: plan.emails })}</label>
          <p id={emailHint} className="cm-muted">
            {s.addressBook.keepEmailsHint}
          </p>
        </div>
      )}
      {plan.addAll > 0 && (
        <div className="cm-import-option">
          <input id="cm-import-all" type="checkbox" checked={addAll} onChange={(e) => setAddAll((e.target as HTMLInputElement).checked)} />
          <label htmlFor="cm-import-all">{fill(s.addressBook.addAllToMap, { n: plan.addAll })}</label>
        </div>
      )}
      <div className="button-row">
        <button type="button" disabled={!live} onClick={() => onDone(plan.apply({ keepEmails, addAll }))}>
          {s.importConfirm}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {s.importCancel}
        </button>
      </div>
    </div>
  );
}
