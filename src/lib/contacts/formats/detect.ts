import { isLinkedInHeader } from './linkedin';
import { stripBom } from './result';
import { readTable } from './table';

/**
 * Which reader a dropped or chosen file goes to. The content decides first (people rename files,
 * and LinkedIn's export is a `.csv` like any other); the extension only when the content says nothing.
 */
export type ContactsFileFormat = 'json' | 'linkedin' | 'vcard' | 'csv' | 'unknown';

/** How much of the start is looked at: LinkedIn's preamble and header fit easily. */
const SNIFF_CHARS = 4096;

/** A Map, not an object: a file called `x.constructor` must not find Object's constructor. */
const byExtension = new Map<string, ContactsFileFormat>([
  ['json', 'json'],
  ['vcf', 'vcard'],
  ['vcard', 'vcard'],
  ['csv', 'csv'],
  ['tsv', 'csv'],
  ['txt', 'csv'],
]);

/** The format of a file, from its name and text. Never throws. */
export function detectFormat(fileName: string, text: string): ContactsFileFormat {
  const head = stripBom(typeof text === 'string' ? text.slice(0, SNIFF_CHARS) : '').trimStart();
  if (head.includes('\u0000')) return 'unknown';
  if (head.startsWith('{')) return 'json';
  if (/^BEGIN:VCARD\s*$/im.test(head)) return 'vcard';
  // Cut at the last line break, so a row cut in half is not read.
  const lastBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  const whole = lastBreak > 0 && typeof text === 'string' && text.length > SNIFF_CHARS ? head.slice(0, lastBreak) : head;
  if (/first name/i.test(whole) && readTable(whole, ',').rows.slice(0, 30).some(isLinkedInHeader)) return 'linkedin';

  const extension = /\.([A-Za-z0-9]+)$/.exec(typeof fileName === 'string' ? fileName.trim() : '')?.[1]?.toLowerCase() ?? '';
  const fromExtension = byExtension.get(extension);
  if (fromExtension) return fromExtension;
  const firstLine = whole.split(/\r\n|\r|\n/, 1)[0] ?? '';
  // No signature and no known extension: a first line with delimiters is worth a try as a spreadsheet.
  return firstLine.length < 2000 && /[;,\t]/.test(firstLine) ? 'csv' : 'unknown';
}
