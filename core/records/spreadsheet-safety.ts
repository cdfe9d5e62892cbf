/**
 * Spreadsheet formula injection: Excel, LibreOffice and Google Sheets run a cell that starts
 * with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(...)` can leak data, `=cmd|' /C calc'!A0`
 * runs a command through DDE, which also starts with `|`). Spreadsheets skip leading spaces and
 * may fold full-width forms (＝ ＋ － ＠ ｜, typed with East Asian input methods) to the ASCII
 * ones, and a leading tab, CR or LF can smuggle a formula past a first-character check. A
 * learner's name or a session name is typed by people, so every such text cell is neutralised the
 * way OWASP recommends: prefixed with a single quote. In a CSV the quote stays visible (`'=1+1`),
 * which is the point: the cell is shown as text and never run. Numbers are written as numbers and
 * never escaped, so a negative number stays a number.
 */
const FORMULA_START = /^(?:[\t\r\n\0]|\s*[=+\-@|\uff1d\uff0b\uff0d\uff20\uff5c])/;

export function safeTextCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
