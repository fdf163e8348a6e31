import type { ReactNode } from 'react';
import type { ContactStrings } from '../../../../i18n/islands/contacts';
import { Section } from '../labelled';

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
    <Section id="cm-snapshots" level={3} className={printed ? 'cm-snapshots' : 'cm-snapshots no-print'} title={title}>
      {children}
    </Section>
  );
}
