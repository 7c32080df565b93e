import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { spreadsheetSafe } from './spreadsheet-safe.js';

export type TableFormat = 'csv' | 'xlsx' | 'json';
export type Cell = string | number | null;
export type Table = { sheetName: string; columns: readonly string[]; rows: Iterable<readonly Cell[]> };
/** A table whose rows are read page by page (from the database) as they are written. */
export type StreamedTable = Omit<Table, 'rows'> & { rows: AsyncIterable<readonly Cell[]> };

/**
 * Writes one table as CSV (UTF-8 with BOM, so Excel reads the accents), XLSX (streamed) or JSON (an array
 * of objects keyed by column). CSV and XLSX cells are made formula-safe; JSON keeps values as they are.
 */
export async function writeTable(
  table: Table | StreamedTable,
  format: TableFormat,
  out: Writable,
): Promise<void> {
  if (format === 'xlsx') return writeXlsx(table, out);
  await (format === 'json' ? writeJson(table, out) : writeCsv(table, out));
  // Standard output stays open for whatever the process writes next; files and responses end here.
  if (out !== process.stdout) out.end();
}

export async function writeTableToFile(table: Table, format: TableFormat, file: string): Promise<void> {
  const out = createWriteStream(file);
  const done = once(out, 'close');
  await writeTable(table, format, out);
  await done;
}

/** Visits rows in order; awaits only when the visitor or the source asks to (a sync source stays fast). */
async function forEachRow(
  rows: Table['rows'] | StreamedTable['rows'],
  visit: (row: readonly Cell[]) => unknown,
): Promise<void> {
  if (Symbol.asyncIterator in rows) {
    for await (const row of rows) await visit(row);
    return;
  }
  for (const row of rows) {
    const pending = visit(row);
    if (pending instanceof Promise) await pending;
  }
}

async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function writeJson(table: Table | StreamedTable, out: Writable): Promise<void> {
  await write(out, '[');
  let first = true;
  await forEachRow(table.rows, async (row) => {
    const record: Record<string, Cell> = {};
    table.columns.forEach((c, i) => (record[c] = row[i] ?? null));
    await write(out, (first ? '\n' : ',\n') + JSON.stringify(record));
    first = false;
  });
  await write(out, '\n]\n');
}

async function writeCsv(table: Table | StreamedTable, out: Writable): Promise<void> {
  await write(out, '\uFEFF');
  const csv = stringify({ header: true, columns: [...table.columns] });
  csv.pipe(out, { end: false });
  const ended = once(csv, 'end');
  await forEachRow(table.rows, (row) =>
    csv.write(row.map((v) => spreadsheetSafe(v ?? ''))) ? undefined : once(csv, 'drain'),
  );
  csv.end();
  await ended;
}

async function writeXlsx(table: Table | StreamedTable, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.addRow([...table.columns]).commit();
  await forEachRow(table.rows, (row) => sheet.addRow(row.map((v) => spreadsheetSafe(v))).commit());
  sheet.commit();
  await workbook.commit();
}
