/**
 * Text bound for a spreadsheet (a CSV file someone opens in Excel or LibreOffice): a cell that begins
 * with = + - @ (or a tab or carriage return, which spreadsheets skip before reading one of those) would
 * be read as a formula — `=HYPERLINK(...)`, `=cmd|...`. Such text gets a leading apostrophe, which
 * spreadsheets take as "this is text". Numbers are written as numbers and never touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
