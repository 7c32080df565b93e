import type { CellValue } from '../normalize.js';
import { isBlank, uniqueHeaders } from './cells.js';

/** A row read while looking for the header: its number as the user sees it, and its cells. */
export type Candidate = { rowNumber: number; cells: (CellValue | null)[] };

/** Title rows above the column names are common in spreadsheets; this many non-empty rows are looked at. */
export const HEADER_SCAN_ROWS = 10;

const text = (cells: readonly (CellValue | null)[]) => cells.map((v) => (v === null ? '' : String(v)));

/**
 * The header row: the first non-empty row that `isHeader` accepts (it names a column of the kind), looking
 * at most HEADER_SCAN_ROWS rows; else the first non-empty row, and the rows read after it are data
 * (`pending`). `skipped` counts the title rows above a header found further down.
 */
export async function findHeaderRow(
  next: () => Promise<Candidate | null>,
  isHeader?: (cells: readonly string[]) => boolean,
): Promise<{ headers: string[]; skipped: number; pending: Candidate[] }> {
  const seen: Candidate[] = [];
  while (seen.length < HEADER_SCAN_ROWS) {
    const candidate = await next();
    if (candidate === null) break;
    if (isBlank(candidate.cells)) continue;
    seen.push(candidate);
    if (!isHeader || isHeader(text(candidate.cells))) {
      return { headers: uniqueHeaders(text(candidate.cells)), skipped: seen.length - 1, pending: [] };
    }
  }
  const [first, ...rest] = seen;
  return { headers: first ? uniqueHeaders(text(first.cells)) : [], skipped: 0, pending: rest };
}

export function skippedNotice(skipped: number): string {
  return `${skipped} baris di atas nama kolom (judul) dilewati.`;
}
