import type { ReactNode } from 'react';
import type { ContactStrings } from '../../../../i18n/islands/contacts';

export interface SnapshotsProps {
  strings: ContactStrings;
  lang: 'da' | 'en';
  /** The map's stored data has been checked and can be read. */
  live: boolean;
  people: number;
}

/** The section around the snapshots; printed only when it holds a comparison. */
export function Shell({ title, printed = false, children }: { title: string; printed?: boolean; children: ReactNode }) {
  return (
    <section className={printed ? 'cm-section cm-snapshots' : 'cm-section cm-snapshots no-print'} aria-labelledby="cm-snapshots-heading">
      <h3 id="cm-snapshots-heading">{title}</h3>
      {children}
    </section>
  );
}
