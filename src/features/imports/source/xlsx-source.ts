import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors.js';
import { headerKey } from '../headers.js';
import type { CellValue } from '../normalize.js';
import type { RawRecord, RowSource, SourceRow } from '../import-types.js';
import { cell, isBlank, uniqueHeaders } from './cells.js';

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
class StallGuard {
  private pending = false;
  private lastActivity = Date.now();
  private readonly timer: NodeJS.Timeout;
  private readonly stalled: Promise<never>;

  constructor(inputDone: () => boolean, fileName: string) {
    let fail: (error: AppError) => void = () => {};
    this.stalled = new Promise<never>((_, reject) => (fail = reject));
    this.stalled.catch(() => {}); // observed by the race below; never unhandled
    this.timer = setInterval(() => {
      if (this.pending && inputDone() && Date.now() - this.lastActivity > STALL_MS)
        fail(broken(fileName, 'isi arsip tidak bisa dibaca sampai habis'));
    }, 1_000);
  }

  async next<T>(it: AsyncIterator<T>): Promise<IteratorResult<T>> {
    this.pending = true;
    try {
      return await Promise.race([it.next(), this.stalled]);
    } finally {
      this.pending = false;
      this.lastActivity = Date.now();
    }
  }

  dispose(): void {
    clearInterval(this.timer);
  }
}

/**
 * An XLSX workbook as a row source (import-format.md §1), streamed with exceljs' WorkbookReader: the sheet
 * named like the kind, else the first sheet; the first non-empty row is the header. Date cells arrive as
 * dates (styles are read), so Excel dates need no conversion.
 */
export async function openXlsxSource(path: string, fileName: string, size: number, kind: string): Promise<RowSource> {
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

  let headers: string[] = [];
  try {
    for (;;) {
      const next = await guard.next(rowIterator);
      if (next.done) break;
      const values = (next.value.values as ExcelCell[]).slice(1).map(plain);
      if (isBlank(values)) continue;
      headers = uniqueHeaders(values.map((v) => (v === null ? '' : String(v))));
      break;
    }
  } catch (error) {
    fail(error);
  }

  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for (;;) {
        const next = await guard.next(rowIterator);
        if (next.done) break;
        const values = next.value.values as ExcelCell[];
        const record: RawRecord = {};
        let blank = true;
        for (let i = 0; i < headers.length; i++) {
          const v = plain(values[i + 1]);
          if (v !== null) blank = false;
          record[headers[i] ?? ''] = v;
        }
        if (!blank) yield { rowNumber: next.value.number, record };
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
    notices:
      others.length > 0
        ? [`Dibaca lembar "${sheetName}"; lembar lain diabaikan: ${others.join(', ')}.`]
        : [],
    hint:
      names.length > 1
        ? `Lembar yang ada: ${names.join(', ')}. Data harus di lembar pertama atau di lembar bernama "${kind}".`
        : undefined,
    close,
  };
}
