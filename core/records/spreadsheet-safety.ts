/**
 * Spreadsheet formula injection: Excel, LibreOffice and Google Sheets run a cell that starts
 * with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(...)` can leak data or run commands), and
 * a leading tab or carriage return can smuggle one past a first-character check. A learner's name
 * or a session id is typed by people, so every text cell is neutralised the way OWASP
 * recommends: prefixed with a single quote, which spreadsheets show as text and do not display.
 * Numbers are written as numbers and never escaped, so a negative number stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeTextCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
