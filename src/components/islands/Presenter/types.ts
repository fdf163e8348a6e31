import type { PresenterStrings } from '../../../i18n/islands/presenter';
import type { Locale } from '../../../i18n/locales';

export interface PresenterStep {
  title: string;
  what: string;
  minutes: number;
  notes: readonly string[];
}

export interface PresenterProps {
  lang: Locale;
  strings: PresenterStrings;
  /** Which plan: the channel the presenter and notes views share. */
  planId: string;
  planTitle: string;
  totalMinutes: number;
  steps: PresenterStep[];
  links: { other: string; guide: string };
}
