/**
 * Text that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed with `'`
 * (import-format.md §4; OWASP "CSV injection"). Numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
