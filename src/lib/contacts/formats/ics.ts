import { isIsoDate } from '../../shared/ids';
import type { Person } from '../types';

/**
 * Follow-ups as an iCalendar file (RFC 5545) the reader opens in their calendar: one all-day event
 * per follow-up, each with a reminder at 9:00 that day. Written to what Apple Calendar, Outlook and
 * Google Calendar's import accept: CRLF after every line, lines folded at 75 octets, TEXT escaped.
 */
export interface FollowUp {
  person: Person;
  /** The day, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  /** How the event repeats (an RRULE value such as `FREQ=MONTHLY;INTERVAL=3`), or none. */
  rrule?: string | null;
}

export interface IcsOptions {
  /** Written as every event's DTSTAMP (the time the file was made). */
  now: Date;
  prodId?: string;
  /** The right-hand side of each UID. */
  uidDomain?: string;
  /** Shown as the calendar's name by Apple Calendar and Outlook when the file is opened as a calendar. */
  calendarName?: string;
  /**
   * A display reminder at 9:00 on the day (TRIGGER:PT9H from the all-day start), on by default: a
   * follow-up nobody is reminded of is easily missed. Google Calendar's import drops reminders;
   * the others keep them.
   */
  alarm?: boolean;
}

export const DEFAULT_PRODID = '-//Netvaerkskompasset//Netvaerkskort//DA';
export const DEFAULT_UID_DOMAIN = 'netvaerkskompasset';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * TEXT escaping (RFC 5545 §3.3.11): `\` `;` `,` escaped, line breaks as `\n`. Other control
 * characters are not allowed in TEXT and are dropped (tab kept).
 */
export const escapeIcsText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // Control characters are not allowed in iCalendar text (RFC 5545 3.3.11): drop them.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * A content line folded (RFC 5545 §3.1): no line longer than 75 octets of UTF-8, continuation lines
 * starting with one space, and never a break inside a character's bytes (calendar programs that
 * decode line by line would show garbage). Returns the lines joined with CRLF, without a final CRLF.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** `YYYYMMDD` of an ISO date. */
const basicDate = (iso: string): string => iso.replace(/-/g, '');

/** The day after an ISO date, as `YYYYMMDD` (all-day events end on the next day, exclusive). */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10).replace(/-/g, '');
}

/** A UTC time as `YYYYMMDDTHHMMSSZ`. */
export const icsUtcStamp = (date: Date): string =>
  date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

/**
 * The calendar file's text. Items whose date is not a real `YYYY-MM-DD` are left out, and so is a
 * second item for the same person and day (its UID would be the same, and calendars would take it
 * for the same event). An empty summary falls back to the person's name, so no event is untitled.
 */
export function followUpsToIcs(items: readonly FollowUp[], opts: IcsOptions): string {
  const stamp = icsUtcStamp(Number.isNaN(opts.now.getTime()) ? new Date(0) : opts.now);
  const domain = opts.uidDomain ?? DEFAULT_UID_DOMAIN;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeIcsText(opts.prodId ?? DEFAULT_PRODID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (opts.calendarName) lines.push(`X-WR-CALNAME:${escapeIcsText(opts.calendarName)}`);
  const seen = new Set<string>();
  for (const item of items) {
    if (!isIsoDate(item.date)) continue;
    const uid = `${item.person.id}-${item.date}@${domain}`;
    if (seen.has(uid)) continue;
    seen.add(uid);
    const summary = item.summary.trim() ? item.summary : item.person.name;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(item.date)}`,
      `DTEND;VALUE=DATE:${nextDay(item.date)}`,
      ...(item.rrule ? [`RRULE:${item.rrule}`] : []),
      `SUMMARY:${escapeIcsText(summary)}`,
      `DESCRIPTION:${escapeIcsText(item.description)}`,
      'TRANSP:TRANSPARENT',
    );
    if (opts.alarm ?? true) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(summary)}`, 'TRIGGER;RELATED=START:PT9H', 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
