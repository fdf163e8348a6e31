import Papa from 'papaparse';

/**
 * A delimited text file as rows of cells, for the CSV and LinkedIn readers. Index `i` of `rows` is
 * spreadsheet row `i + 1`: blank lines are kept as empty rows so the numbers in warnings match what
 * the reader sees in Excel.
 */
export interface Table {
  rows: string[][];
  delimiter: Delimiter;
  /** Rows (1-based) where papaparse met broken quoting. */
  badQuoteRows: number[];
}

export type Delimiter = ',' | ';' | '\t';
const delimiters: readonly Delimiter[] = ['\t', ';', ','];

/**
 * The delimiter of the first non-blank line, counted outside quotes: whichever of tab, `;` and `,`
 * occurs most (ties in that order, since a `;` or tab header rarely also holds commas by accident).
 * A one-column file has none; `,` then.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(delimiters.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      seenContent = true;
    } else if (ch.trim()) seenContent = true;
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of delimiters) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

/** Excel's own hint on the first line, `sep=;`, which Excel hides and honours. */
const SEP_LINE = /^sep=([,;\t])[ \t]*(?:\r\n|\r|\n|$)/i;

/** Read delimited text (BOM already stripped). Never throws: papaparse reports, it does not throw. */
export function readTable(text: string, delimiter?: Delimiter): Table {
  let body = text;
  let chosen = delimiter;
  const sep = SEP_LINE.exec(body);
  if (sep) {
    chosen ??= sep[1] as Delimiter;
    body = body.slice(sep[0].length);
  }
  chosen ??= detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter: chosen, skipEmptyLines: false, header: false, dynamicTyping: false });
  const rows = parsed.data.map((row) => (Array.isArray(row) ? row.map((cell) => (typeof cell === 'string' ? cell : '')) : []));
  const badQuoteRows = [...new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => (e.row ?? 0) + 1))];
  return { rows, delimiter: chosen, badQuoteRows };
}

/** Whether a row has nothing in it (a blank line, or only delimiters as Excel writes for empty rows). */
export const isBlankRow = (row: readonly string[]): boolean => row.every((cell) => !cell.trim());
