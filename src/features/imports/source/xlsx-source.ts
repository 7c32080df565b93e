import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors.js';
import { headerKey } from '../headers.js';
import type { CellValue } from '../normalize.js';
import type { HeaderOptions, RawRecord, RowSource, SourceRow } from '../import-types.js';
import { cell } from './cells.js';
import { findHeaderRow, skippedNotice, type Candidate } from './header-row.js';

const EOCD_SIGNATURE = 0x06054b50;
// Waiting this long for the next row after the whole file was read means the reader is stuck.
const STALL_MS = 30_000;

function broken(fileName: string, why: string): AppError {
  return new AppError(
    'FILE_INVALID',
    `Berkas ${fileName} bukan XLSX yang utuh (${why}). Buka di Excel lalu simpan ulang sebagai .xlsx, atau ekspor ke CSV UTF-8.`,
  );
}

/**
 * A truncated XLSX makes exceljs' streaming reader wait forever, so the zip's end record (which a
 * truncated file lacks) is checked first, together with where it says the central directory is.
 */
export function checkZipEnd(path: string, fileName: string, size: number): void {
  const length = Math.min(size, 65_557);
  const tail = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, tail, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  for (let i = length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD_SIGNATURE) continue;
    const cdSize = tail.readUInt32LE(i + 12);
    const cdOffset = tail.readUInt32LE(i + 16);
    if (cdOffset + cdSize <= size - length + i) return;
    break;
  }
  throw broken(fileName, 'terpotong atau rusak: akhir arsip zip tidak ditemukan');
}

type ExcelCell = CellValue | null | undefined | { [key: string]: unknown };

/** A cell as exceljs gives it (rich text, hyperlink, formula result, error) reduced to a plain value. */
function plain(value: ExcelCell): CellValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return cell(value);
  if (Array.isArray(value.richText))
    return cell((value.richText as { text?: string }[]).map((r) => r.text ?? '').join(''));
  if ('result' in value) return plain(value.result as ExcelCell);
  if (typeof value.text === 'string') return cell(value.text);
  if (typeof value.error === 'string') return value.error;
  return null;
}

/** Sheet names match a kind like headers do, hyphens ignored too (`Riwayat Jabatan` = `riwayat-jabatan`). */
function sheetMatches(name: string, kind: string): boolean {
  return headerKey(name).replace(/-/g, '') === headerKey(kind).replace(/-/g, '');
}

/**
 * Fails a pending read once the whole file was read and no row came for STALL_MS (exceljs waits forever on
 * some broken archives). One timer for the whole read, not one per row.
 */
export class StallGuard {
  private lastActivity = Date.now();
  /** Rejects the read in progress; null when none is. (No long-lived promise: racing one would retain every row.) */
  private abort: ((error: AppError) => void) | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(inputDone: () => boolean, fileName: string, stallMs = STALL_MS) {
    this.timer = setInterval(
      () => {
        if (this.abort && inputDone() && Date.now() - this.lastActivity > stallMs)
          this.abort(broken(fileName, 'isi arsip tidak bisa dibaca sampai habis'));
      },
      Math.min(1_000, stallMs / 2),
    );
  }

  async next<T>(it: AsyncIterator<T>): Promise<IteratorResult<T>> {
    try {
      return await new Promise<IteratorResult<T>>((resolve, reject) => {
        this.abort = reject;
        it.next().then(resolve, reject);
      });
    } finally {
      this.abort = null;
      this.lastActivity = Date.now();
    }
  }

  dispose(): void {
    clearInterval(this.timer);
  }
}

/**
 * An XLSX workbook as a row source (import-format.md §1), streamed with exceljs' WorkbookReader: the sheet
 * named like the kind, else the first sheet; the header is found below any title rows (`findHeaderRow`). Date cells arrive as
 * dates (styles are read), so Excel dates need no conversion.
 */
export async function openXlsxSource(
  path: string,
  fileName: string,
  size: number,
  kind: string,
  options: HeaderOptions = {},
): Promise<RowSource> {
  checkZipEnd(path, fileName, size);
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  let inputDone = false;
  stream.on('close', () => (inputDone = true));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  const model = () => (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
  const guard = new StallGuard(() => inputDone, fileName);
  const close = () => {
    guard.dispose();
    stream.destroy();
  };
  const fail = (error: unknown): never => {
    close();
    if (error instanceof AppError) throw error;
    throw broken(fileName, error instanceof Error ? error.message : String(error));
  };

  const sheets = reader[Symbol.asyncIterator]();
  let names: string[] = [];
  let rowsOf: AsyncIterator<ExcelJS.Row> | null = null;
  let sheetName = '';
  try {
    for (let first = true; rowsOf === null; first = false) {
      const next = await guard.next(sheets);
      if (next.done) break;
      const ws = next.value as ExcelJS.stream.xlsx.WorksheetReader & { name: string };
      names = model()?.sheets?.map((s) => s.name) ?? [];
      const target = names.length > 0 ? (names.find((n) => sheetMatches(n, kind)) ?? names[0]) : undefined;
      if (target === undefined ? first : ws.name === target) {
        sheetName = ws.name;
        rowsOf = ws[Symbol.asyncIterator]();
      }
    }
  } catch (error) {
    fail(error);
  }
  if (rowsOf === null) fail(broken(fileName, 'tidak ada lembar kerja'));
  const rowIterator = rowsOf as AsyncIterator<ExcelJS.Row>;

  const nextCandidate = async (): Promise<Candidate | null> => {
    const next = await guard.next(rowIterator);
    if (next.done) return null;
    return { rowNumber: next.value.number, cells: (next.value.values as ExcelCell[]).slice(1).map(plain) };
  };
  let found: Awaited<ReturnType<typeof findHeaderRow>> = { headers: [], skipped: 0, pending: [] };
  try {
    found = await findHeaderRow(nextCandidate, options.isHeader);
  } catch (error) {
    fail(error);
  }
  const { headers, pending: early } = found;
  const toRow = (c: Candidate): SourceRow | null => {
    const record: RawRecord = {};
    let blank = true;
    for (let i = 0; i < headers.length; i++) {
      const v = c.cells[i] ?? null;
      if (v !== null) blank = false;
      record[headers[i] ?? ''] = v;
    }
    return blank ? null : { rowNumber: c.rowNumber, record };
  };

  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for (const c of early) {
        const row = toRow(c);
        if (row) yield row;
      }
      for (let c = await nextCandidate(); c !== null; c = await nextCandidate()) {
        const row = toRow(c);
        if (row) yield row;
      }
    } catch (error) {
      fail(error);
    } finally {
      close();
    }
  }

  const others = names.filter((n) => n !== sheetName);
  return {
    format: 'xlsx',
    description: `XLSX, lembar "${sheetName}"`,
    headers,
    rows: rows(),
    bytesRead: () => stream.bytesRead,
    totalBytes: size,
    notices: [
      ...(others.length > 0
        ? [`Dibaca lembar "${sheetName}"; lembar lain diabaikan: ${others.join(', ')}.`]
        : []),
      ...(found.skipped > 0 ? [skippedNotice(found.skipped)] : []),
    ],
    hint:
      names.length > 1
        ? `Lembar yang ada: ${names.join(', ')}. Data harus di lembar pertama atau di lembar bernama "${kind}".`
        : undefined,
    close,
  };
}
