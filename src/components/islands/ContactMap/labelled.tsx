import type { ReactNode } from 'react';

/**
 * The contact map's labelled blocks: a section named by its heading, a field named by its label. One module, so
 * the sections and forms of the island and of its lazily loaded parts share one small chunk.
 */

interface SectionProps {
  /** The section's name: its heading is `<id>-heading`, and the section is labelled by it. */
  id: string;
  title: ReactNode;
  /** h2 for a part of the exercise, h3 for a part within one. */
  level?: 2 | 3;
  /** Classes beside `cm-section` (`no-print` for the parts a printout leaves out). */
  className?: string;
  children?: ReactNode;
}

/** A part of the contact map: a section named by its own heading. */
export function Section({ id, title, level = 2, className = '', children }: SectionProps) {
  const Heading = `h${level}` as const;
  return (
    <section className={`cm-section ${className}`.trimEnd()} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{title}</Heading>
      {children}
    </section>
  );
}

/** A labelled field: the label above its control (an input, a select, a contact map text field). */
export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
