import { intlLocale, type Locale } from './site/locale';

/**
 * File sizes in words a reader can compare: "2,02 MB" against a limit of "2 MB", never "2 MB" against
 * "2 MB". Binary units, as the limits are set (2 MB = 2 × 1024 × 1024 bytes); Danish numbers with a
 * decimal comma, English with a decimal point. Pure.
 */
export type SizeLang = Locale;

const units = [
  { size: 1024 * 1024, name: 'MB' },
  { size: 1024, name: 'KB' },
  { size: 1, name: 'byte' },
] as const;
type Unit = (typeof units)[number];

/** The most decimals shown before a smaller unit is used instead. */
const MAX_DECIMALS = 2;

/** The largest unit the number reaches (bytes for anything under 1 KB). */
const unitFor = (bytes: number): Unit => units.find((u) => bytes >= u.size) ?? units[units.length - 1]!;

/** Decimals a size gets when nothing has to be told apart: one below 10 ("1,5 MB"), none above ("820 KB"). */
const baseDecimals = (bytes: number, unit: Unit): number => (unit.size === 1 || bytes / unit.size >= 10 ? 0 : 1);

function inUnit(bytes: number, unit: Unit, decimals: number, lang: SizeLang): string {
  const number = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: decimals }).format(bytes / unit.size);
  const name = unit.size === 1 && lang === 'en' && bytes !== 1 ? 'bytes' : unit.name;
  return `${number} ${name}`;
}

/** One size, rounded as a reader would say it: "1,5 MB", "820 KB", "512 byte" ("512 bytes" in English). */
export function formatFileSize(bytes: number, lang: SizeLang): string {
  const unit = unitFor(bytes);
  return inUnit(bytes, unit, baseDecimals(bytes, unit), lang);
}

/**
 * A size and the limit it is held against, in the same unit and with just enough precision to
 * differ: 2,119,380 bytes against 2 MB is "2,02 MB" and "2 MB"; one byte over 2 MB is "2.097.153 byte"
 * and "2.097.152 byte". The unit is the limit's (or the size's, when it is larger); when two decimals
 * do not tell them apart, the next smaller unit does. A size equal to the limit reads the same as it.
 */
export function formatSizeAgainstLimit(bytes: number, limit: number, lang: SizeLang): { size: string; limit: string } {
  const start = units.indexOf(unitFor(Math.max(bytes, limit)));
  for (const unit of units.slice(start)) {
    for (let decimals = baseDecimals(Math.max(bytes, limit), unit); decimals <= MAX_DECIMALS; decimals++) {
      const size = inUnit(bytes, unit, decimals, lang);
      const max = inUnit(limit, unit, decimals, lang);
      if (size !== max || bytes === limit) return { size, limit: max };
      if (unit.size === 1) break;
    }
  }
  // Only reached for sizes that are not whole numbers of bytes; say them as they are.
  return { size: formatFileSize(bytes, lang), limit: formatFileSize(limit, lang) };
}
