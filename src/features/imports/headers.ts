import type { RowInput } from './fields.js';
import type { RawRecord } from './import-types.js';

/** A column of a kind (import-format.md §2): its SIASN name, whether required (`*`), other spellings. */
export type ColumnDef = { name: string; required?: boolean; aliases?: readonly string[] };

/**
 * The matching form of a header (import-format.md §1): case-insensitive, ignoring spaces and underscores
 * (SIASN writes both `perilakuKerjaNilai` and `PerilakuKerjaNilai`), and a template's trailing `*`.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_*\u200b\ufeff]+/g, '');
}

/**
 * Maps the file's headers to a kind's columns, remembering which columns the file has (only those are
 * updated on re-import) and which headers it does not know (listed once as a notice).
 */
export class HeaderMap {
  private readonly byKey = new Map<string, string>();
  private readonly cache = new Map<string, string | null>();
  readonly present = new Set<string>();
  readonly unknown: string[] = [];

  constructor(columns: readonly ColumnDef[]) {
    for (const c of columns) {
      this.byKey.set(headerKey(c.name), c.name);
      for (const a of c.aliases ?? []) this.byKey.set(headerKey(a), c.name);
    }
  }

  /** True when the text names a column of the kind (recognising the header row; records nothing). */
  isKnown(header: string): boolean {
    return this.byKey.has(headerKey(header));
  }

  /** The canonical column of a header, or null (and noted) when unknown. */
  resolve(header: string): string | null {
    const cached = this.cache.get(header);
    if (cached !== undefined) return cached;
    const column = this.byKey.get(headerKey(header)) ?? null;
    this.cache.set(header, column);
    if (column === null) {
      if (header.trim() !== '') this.unknown.push(header);
    } else {
      this.present.add(column);
    }
    return column;
  }

  /** The row keyed by canonical column; the first of two headers that mean the same column wins. */
  mapRecord(record: RawRecord): RowInput {
    const out: RowInput = {};
    for (const header in record) {
      const column = this.resolve(header);
      if (column !== null && out[column] === undefined) out[column] = record[header];
    }
    return out;
  }
}

/** Required columns that no header names. */
export function missingRequiredColumns(columns: readonly ColumnDef[], map: HeaderMap): string[] {
  return columns.filter((c) => c.required && !map.present.has(c.name)).map((c) => c.name);
}
