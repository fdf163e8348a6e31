import type { ReactNode } from 'react';

/** A labelled field: the label above its control (an input, a select, a contact map text field). */
export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
