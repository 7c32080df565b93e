import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { writeTable, type Cell } from '../exports/table-writer.js';
import { headerKey } from './headers.js';
import type { RawRecord, SourceFormat } from './import-types.js';
import { formatDmy, type CellValue } from './normalize.js';

/** The column the error file adds to the original row. */
export const ERROR_COLUMN = 'kesalahan';

function toCell(value: CellValue | null | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return formatDmy(value.toISOString().slice(0, 10));
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  return value;
}

/**
 * The error file (import-format.md §3): every invalid row as the file had it, plus a `kesalahan` column, in
 * the input's format, so the user can fix it and import it again. Rows are spooled to a temporary file while
 * the import runs (memory does not grow with the errors) and written through the table writer at the end.
 */
export class ErrorFileSpool {
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'talenta-impor-'));
  private readonly spoolFile = path.join(this.dir, 'rows.ndjson');
  private readonly out: WriteStream = createWriteStream(this.spoolFile);
  private readonly columns: string[] = [];
  private readonly known = new Set<string>();
  count = 0;

  constructor(headers: readonly string[] | null) {
    for (const h of headers ?? []) this.addColumn(h);
  }

  private addColumn(header: string): void {
    // A re-imported error file brings its old `kesalahan` column: it is replaced, not repeated.
    if (this.known.has(header) || headerKey(header) === ERROR_COLUMN) return;
    this.known.add(header);
    this.columns.push(header);
  }

  async add(record: RawRecord, message: string): Promise<void> {
    const cells: Record<string, Cell> = {};
    for (const key in record) {
      this.addColumn(key);
      cells[key] = toCell(record[key]);
    }
    this.count++;
    if (!this.out.write(JSON.stringify([cells, message]) + '\n')) await once(this.out, 'drain');
  }

  /** Writes the error file; the spool is removed afterwards (also by `dispose`). */
  async writeTo(file: string, format: SourceFormat, sheetName: string): Promise<void> {
    this.out.end();
    await once(this.out, 'close');
    const columns = [...this.columns, ERROR_COLUMN];
    const spoolFile = this.spoolFile;
    async function* rows(): AsyncGenerator<Cell[]> {
      const lines = createInterface({ input: createReadStream(spoolFile), crlfDelay: Infinity });
      for await (const line of lines) {
        const [cells, message] = JSON.parse(line) as [Record<string, Cell>, string];
        yield [...columns.slice(0, -1).map((c) => cells[c] ?? null), message];
      }
    }
    const target = createWriteStream(file);
    const closed = once(target, 'close');
    await writeTable({ sheetName, columns, rows: rows() }, format, target);
    await closed;
  }

  dispose(): void {
    // The stream may still be opening its file when an import fails early; once disposed, its errors
    // (the folder removed below) concern no one and must not surface as an uncaught exception.
    this.out.on('error', () => undefined);
    if (!this.out.closed) this.out.destroy();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
