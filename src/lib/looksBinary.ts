/**
 * Whether the text is really bytes of something else; shared by every file import. A NUL never
 * occurs in text files; control characters and U+FFFD (what a decoder writes for bytes it cannot
 * read) in bulk mean a picture, a zip or a workbook. A few U+FFFD are tolerated: a Windows-1252
 * CSV read as UTF-8 has one per æ, ø, å.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0xfffd || c === 0x7f) odd++;
  }
  return odd > 8 && odd / sample.length > 0.1;
}
