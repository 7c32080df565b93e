import type { CellValue } from '../normalize.js';

// Our exports prefix text that a spreadsheet would run as a formula with `'` (spreadsheet-safe.ts);
// reading such a file back removes it again, so an exported file re-imports unchanged.
const GUARDED = /^'[=+\-@\t\r]/;

/** A text cell as the row holds it: trimmed, the formula guard removed, empty → null. */
export function textCell(value: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  return text.charCodeAt(0) === 39 && GUARDED.test(text) ? text.slice(1) : text;
}

/** Any cell: text as `textCell`, numbers/booleans/dates as they are. */
export function cell(value: CellValue | null | undefined): CellValue | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? textCell(value) : value;
}

/** Header texts made unique: a repeated header becomes `nama (2)` (then unknown, and listed as such). */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((raw, i) => {
    const h = raw.trim() === '' ? `(kolom ${i + 1})` : raw.trim();
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} (${n})`;
  });
}

/** True when the row has no value at all (an empty line or row is skipped, not an error). */
export function isBlank(values: Iterable<CellValue | null>): boolean {
  for (const v of values) if (v !== null) return false;
  return true;
}
