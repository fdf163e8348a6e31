import { useState, type ReactNode } from 'react';
import { fill } from '../../../i18n/fill';
import type { ContactStrings } from '../../../i18n/islands/contacts';
import type { Person } from '../../../lib/contacts/types';
import { PeopleFilters } from './PeopleFilters';
import { Section } from './labelled';

/**
 * What section 3 shares between its two forms, the table (wide screens) and the cards (a phone):
 * props, the page size, and the frame around the list (the filter is `PeopleFilters`'s).
 */

/** People shown at a time; "show more" adds as many again. */
export const PAGE = 50;

export interface PeopleProps {
  strings: ContactStrings;
  people: Person[];
  live: boolean;
  /** `YYYY-MM-DD`: who is due a contact (the filter's "due" choice). */
  today: string;
  /** A person chosen on the map ("show all details"): brought into view, their details open. */
  focusId: string | null;
  onFocused(): void;
  onMessage(message: string, undo?: () => void): void;
}

/** How many rows to show so that the one at `index` is among them (at least `limit`). */
export const rowsToReach = (index: number, limit: number): number => (index >= limit ? Math.ceil((index + 1) / PAGE) * PAGE : limit);

/**
 * The page of the list shown (`limit` people); `section(…)` gives `PeopleSection` its counts and its
 * "show more".
 */
export function usePeoplePage() {
  const [limit, setLimit] = useState(PAGE);
  const section = (total: number, shown: number, filtered: boolean) => ({
    total,
    shown,
    limit,
    filtered,
    onMore: () => setLimit(limit + PAGE),
  });
  return { limit, setLimit, section };
}

interface SectionProps {
  strings: ContactStrings;
  /** Everyone on the map, and how many the filter lets through. */
  total: number;
  shown: number;
  limit: number;
  filtered: boolean;
  onMore(): void;
  children: ReactNode;
}

/** Section 3's frame: heading, intro, the filters, the list, "no match" and "show more". */
export function PeopleSection({ strings: s, total, shown, limit, filtered, onMore, children }: SectionProps) {
  return (
    <Section id="cm-table" title={s.tableTitle}>
      <p>{s.tableIntro}</p>
      {total === 0 ? (
        <p className="cm-muted">{s.noPeople}</p>
      ) : (
        <>
          <PeopleFilters strings={s} shown={shown} total={total} />
          {children}
          {shown === 0 && filtered && <p className="cm-muted">{s.noMatch}</p>}
          {shown > limit && (
            <button type="button" className="secondary" onClick={onMore}>
              {fill(s.showMore, { n: Math.min(PAGE, shown - limit) })}
            </button>
          )}
        </>
      )}
    </Section>
  );
}
