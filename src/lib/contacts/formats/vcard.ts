import { emptyDraft, limits } from '../types';
import { bookLimits } from '../addressBook/types';
import { decodeBase64Text, decodeQuotedPrintable } from './quotedPrintable';
import { checkText, cutText, failWith, stripBom, type ImportedPerson, type ParseResult, type ParseWarning, type TextField } from './result';
import { logicalLines, parseContentLine, splitUnescaped, unescapeText, type ContentLine } from './vcardLines';

/**
 * Contacts exported from a phone or a mail program as vCards (`.vcf`): iPhone and macOS write 3.0,
 * Google and Outlook 3.0 or 4.0, Android often 2.1 with quoted-printable. One file holds one card
 * or many. Only the name, organisation, title, note and first e-mail address are read; contexts stay
 * empty, since the contact map asks the reader where they know each person from. The e-mail address
 * is kept only if the reader asks for it (as with LinkedIn's file).
 */

/** The properties read; the first of each in a card counts. */
const WANTED = new Set(['FN', 'N', 'ORG', 'TITLE', 'NOTE', 'EMAIL']);

type Card = Map<string, ContentLine>;

/** A property's value decoded (quoted-printable or base64) but not yet unescaped. */
function rawValue(line: ContentLine | undefined): string {
  if (!line) return '';
  const encoding = (line.params.get('ENCODING') ?? '').toUpperCase();
  const charset = line.params.get('CHARSET');
  if (encoding === 'QUOTED-PRINTABLE') return decodeQuotedPrintable(line.value, charset);
  if (encoding === 'B' || encoding === 'BASE64') return decodeBase64Text(line.value, charset);
  return line.value;
}

/** TEXT as stored: unescaped, line breaks as `\n`, surrounding whitespace off. */
const text = (value: string): string => unescapeText(value).replace(/\r\n?/g, '\n').trim();

/** `N:Family;Given;Additional;Prefix;Suffix` as "Given Additional Family" (list items joined with spaces). */
function nameFromN(value: string): string {
  const [family = '', given = '', additional = ''] = splitUnescaped(value, ';');
  return [given, additional, family]
    .flatMap((component) => splitUnescaped(component, ','))
    .map(text)
    .filter(Boolean)
    .join(' ');
}

/**
 * The first EMAIL's address: vCard 4.0 may write it as a `mailto:` URI, Outlook sometimes puts a
 * display name around it (`Karen <karen@x.dk>`). Anything without an @ is not an address.
 */
function emailOf(line: ContentLine | undefined): string {
  const value = text(rawValue(line)).replace(/^mailto:/i, '');
  const address = (/<([^<>]+)>/.exec(value)?.[1] ?? value).trim();
  return /^[^\s@]+@[^\s@]+$/.test(address) ? cutText(address, bookLimits.email).text : '';
}

function cardToDraft(card: Card, number: number, warnings: ParseWarning[]): ImportedPerson | null {
  const fit = (field: TextField, value: string) => {
    const fitted = cutText(value, limits[field]);
    if (fitted.cut) warnings.push({ code: 'cardCut', card: number, field, limit: limits[field] });
    return fitted.text;
  };
  const name = text(rawValue(card.get('FN'))) || nameFromN(rawValue(card.get('N')));
  if (!name) {
    warnings.push({ code: 'cardNoName', card: number });
    return null;
  }
  const email = emailOf(card.get('EMAIL'));
  return {
    ...emptyDraft(fit('name', name)),
    organisation: fit('organisation', text(splitUnescaped(rawValue(card.get('ORG')), ';')[0] ?? '')),
    position: fit('position', text(rawValue(card.get('TITLE')))),
    notes: fit('notes', text(rawValue(card.get('NOTE')))),
    ...(email && { email }),
  };
}

/**
 * Read a file of vCards (2.1, 3.0 or 4.0). A card inside a card (2.1's AGENT) is passed over; a
 * last card without END:VCARD is still read. Never throws.
 */
export function parseVCards(input: string): ParseResult {
  const problem = checkText(input);
  if (problem) return failWith(problem);
  const cards: Card[] = [];
  let count = 0;
  let depth = 0;
  let card: Card = new Map();
  for (const line of logicalLines(stripBom(input))) {
    const edge = /^\s*(BEGIN|END)\s*:\s*VCARD\s*$/i.exec(line);
    if (edge) {
      if (edge[1]?.toUpperCase() === 'BEGIN') {
        depth++;
        if (depth === 1) card = new Map();
      } else if (depth > 0) {
        depth--;
        if (depth === 0 && count++ < bookLimits.people) cards.push(card);
      }
      continue;
    }
    if (depth !== 1) continue;
    const parsed = parseContentLine(line);
    if (parsed && WANTED.has(parsed.name) && !card.has(parsed.name)) card.set(parsed.name, parsed);
  }
  if (depth > 0 && count++ < bookLimits.people) cards.push(card);
  if (count === 0) return failWith({ code: 'noCards' });
  if (count > bookLimits.people) return failWith({ code: 'tooMany', limit: bookLimits.people, count });

  const warnings: ParseWarning[] = [];
  const people: ImportedPerson[] = [];
  cards.forEach((c, i) => {
    const person = cardToDraft(c, i + 1, warnings);
    if (person) people.push(person);
  });
  if (!people.length) return failWith({ code: 'noPeople' });
  return { ok: true, people, warnings };
}
