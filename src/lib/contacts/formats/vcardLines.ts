/**
 * vCard's line grammar (RFC 2425/6350, and the 2.1 spec), for `vcard.ts`: physical lines to
 * logical ones, and one logical line to its name, parameters and value. Pure string work.
 */

/** Properties holding binary data (often megabytes of base64): never joined or kept. */
const BINARY_PROPERTY = /^(?:[A-Za-z0-9-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]/i;
const CARD_EDGE = /^(?:BEGIN|END):VCARD\s*$/i;

/** Physical lines, split on CRLF, CR or LF, without building one big array. */
function* physicalLines(text: string): Generator<string> {
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    yield text.slice(start, m.index);
    start = m.index + m[0].length;
  }
  if (start < text.length) yield text.slice(start);
}

/** The part before the value: up to the first `:` (a quick look, for deciding how to join lines). */
const headOf = (line: string): string => {
  const colon = line.indexOf(':');
  return colon < 0 ? line : line.slice(0, colon);
};

/**
 * Logical lines: folded lines (a line break then a space or tab) unfolded, and quoted-printable soft
 * line breaks (a value line ending in `=`, vCard 2.1 as Android writes it) joined. Binary properties
 * are dropped whole, their continuation lines passed over without being joined.
 */
export function* logicalLines(text: string): Generator<string> {
  let current: string | null = null;
  let binary = false;
  let quotedPrintable = false;
  for (const line of physicalLines(text)) {
    if (current !== null) {
      if (quotedPrintable && current.endsWith('=') && !CARD_EDGE.test(line)) {
        current = current.slice(0, -1) + line;
        continue;
      }
      if (line.startsWith(' ') || line.startsWith('\t')) {
        if (!binary) current += line.slice(1);
        continue;
      }
      if (!binary) yield current;
    }
    current = line;
    binary = BINARY_PROPERTY.test(line);
    quotedPrintable = !binary && /QUOTED-PRINTABLE/i.test(headOf(line));
  }
  if (current !== null && !binary) yield current;
}

export interface ContentLine {
  /** Upper case, group prefix (`item1.`) removed. */
  name: string;
  /** Upper-case keys; vCard 2.1's bare parameters (`;QUOTED-PRINTABLE`) filed under ENCODING, CHARSET or TYPE. */
  params: Map<string, string>;
  value: string;
}

/** Split on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === separator && !inQuotes) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B']);

/** A logical line's parts, or null when it has no `:` (junk, or a stray base64 line). */
export function parseContentLine(line: string): ContentLine | null {
  let colon = -1;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === ':' && !inQuotes) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [nameWithGroup = '', ...rawParams] = splitOutsideQuotes(line.slice(0, colon), ';');
  const name = (nameWithGroup.split('.').pop() ?? '').trim().toUpperCase();
  if (!name) return null;
  const params = new Map<string, string>();
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    if (eq < 0) {
      const bare = raw.trim().toUpperCase();
      params.set(BARE_ENCODINGS.has(bare) ? 'ENCODING' : 'TYPE', bare);
    } else {
      params.set(
        raw.slice(0, eq).trim().toUpperCase(),
        raw
          .slice(eq + 1)
          .trim()
          .replace(/^"(.*)"$/, '$1'),
      );
    }
  }
  return { name, params, value: line.slice(colon + 1) };
}

/**
 * Split a value on an unescaped separator (`;` between components, `,` between list items), leaving
 * escapes in place for `unescapeText`.
 */
export function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (ch === '\\') i++;
    else if (ch === separator) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/**
 * vCard TEXT escapes undone, left to right so `\\n` is a backslash and an n: `\n` `\N` to a line
 * break (RFC 6350 3.4, RFC 2426 4), `\\` `\,` `\;` to the character; also `\:` and `\"`, which
 * some exporters write although neither RFC defines them. Any other backslash is kept.
 */
export const unescapeText = (value: string): string =>
  value.replace(/\\([nN\\,;:"])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
