/**
 * A contacts file's bytes as text. Danish Excel's "CSV (semikolonsepareret)" saves in Windows-1252,
 * not UTF-8, and "Unicode text" saves UTF-16; `File.text()` would read both as UTF-8 and turn æ, ø
 * and å into U+FFFD. This reads by the byte order mark, else UTF-8 if the bytes are valid UTF-8,
 * else Windows-1252. The byte order mark is not part of the text returned.
 */
export function decodeContactsFile(bytes: Uint8Array): string {
  const decode = (label: string, fatal = false) => new TextDecoder(label, { fatal }).decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be');
  try {
    return decode('utf-8', true);
  } catch {
    return decode('windows-1252');
  }
}
