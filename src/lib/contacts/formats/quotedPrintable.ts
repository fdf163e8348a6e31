/**
 * Decoding of encoded vCard values: quoted-printable (vCard 2.1, still written by Android and old
 * Nokia exports, `=C3=B8` for ø) and base64 text values (`ENCODING=b`). The bytes are read in the
 * value's CHARSET (UTF-8 when none is given or the name is not known).
 */

/** A decoder for the charset, or UTF-8. Never throws; bad bytes become U+FFFD. */
function decoderFor(charset: string | undefined): TextDecoder {
  try {
    return new TextDecoder(charset || 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/**
 * Quoted-printable to text. `=XX` is a byte; any other character is taken as itself (its UTF-8
 * bytes), and a stray `=` that starts no hex pair is kept. Soft line breaks are already joined.
 */
export function decodeQuotedPrintable(value: string, charset?: string): string {
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    const hex = ch === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      const code = value.codePointAt(i) ?? 0;
      if (code > 0xffff) i++;
      for (const b of encoder.encode(String.fromCodePoint(code))) bytes.push(b);
    }
  }
  return decoderFor(charset).decode(new Uint8Array(bytes));
}

/** Base64 to text; an invalid base64 value gives back the value as it was. */
export function decodeBase64Text(value: string, charset?: string): string {
  try {
    const binary = atob(value.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return decoderFor(charset).decode(bytes);
  } catch {
    return value;
  }
}
