/**
 * One spreadsheet cell in and out. Export guards against formula injection (a name like
 * `=HYPERLINK(…)` must not run when the file is opened in Excel); import undoes the guard, so a
 * round trip gives back the text.
 */

/**
 * Cells starting like this are formulas to Excel, LibreOffice and Google Sheets (OWASP's list: `=`
 * `+` `-` `@` tab, carriage return), also after leading whitespace, since a spreadsheet or an import step
 * that trims cells would see the formula character first.
 */
const FORMULA_START = /^'*[^\S\n]*[=+\-@\t\r]/;

/**
 * The cell as written: a leading apostrophe, the spreadsheets' own "this is text" mark, when the text
 * would start a formula. Text already starting with apostrophes before such a character gets one
 * more, so reading it back strips exactly the one we added.
 */
export const guardFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** The text of a guarded cell: one leading apostrophe off when a formula character follows the apostrophes. */
export const unguardFormula = (cell: string): string => (cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell);

/** A cell's text as stored: guard undone, line breaks as `\n`, surrounding whitespace off. */
export const cellText = (cell: string | undefined): string =>
  unguardFormula((cell ?? '').trim())
    .replace(/\r\n?/g, '\n')
    .trim();
