import { AppError } from '../../../platform/errors.js';
import { headerKey } from '../headers.js';
import type { HeaderOptions, RawRecord, RowSource, SourceRow } from '../import-types.js';
import { findHeaderRow, skippedNotice, type Candidate } from './header-row.js';
import { SheetRowParser, type SheetContext } from './sheet-rows.js';
import {
  readDateStyles,
  readRelationships,
  readSharedStrings,
  readWorkbook,
  tokenizeChunks,
  type Workbook,
  type WorkbookSheet,
} from './xlsx-parts.js';
import { XmlError } from './xml-tokens.js';
import { ZipArchive, ZipError, type ZipEntry } from './zip-archive.js';

function broken(fileName: string, why: string): AppError {
  return new AppError(
    'FILE_INVALID',
    `Berkas ${fileName} bukan XLSX yang utuh (${why}). Buka di Excel lalu simpan ulang sebagai .xlsx, atau ekspor ke CSV UTF-8.`,
  );
}

/** Every failure while reading the workbook is the file's fault: FILE_INVALID, in the user's words. */
function asInvalid(fileName: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZipError) return broken(fileName, error.message);
  if (error instanceof XmlError) return broken(fileName, `XML rusak: ${error.message}`);
  return broken(fileName, error instanceof Error ? error.message : String(error));
}

/** Sheet names match a kind like headers do, hyphens ignored too (`Riwayat Jabatan` = `riwayat-jabatan`). */
function sheetMatches(name: string, kind: string): boolean {
  return headerKey(name).replace(/-/g, '') === headerKey(kind).replace(/-/g, '');
}

type Book = { workbook: Workbook; sheet: WorkbookSheet; entry: ZipEntry; context: SheetContext };

/**
 * The package's parts (ECMA-376 part 2): the workbook named by `_rels/.rels`, its sheets, styles and
 * shared strings named by its relationships (the usual `xl/…` names when a writer left them out).
 */
async function openBook(zip: ZipArchive, kind: string): Promise<Book> {
  const root = [...(await readRelationships(zip, '')).values()];
  const workbookPart = root.find((r) => r.type === 'officeDocument')?.part ?? 'xl/workbook.xml';
  const workbookEntry = zip.entry(workbookPart);
  if (!workbookEntry) throw new ZipError('arsip zip ini bukan buku kerja Excel: xl/workbook.xml tidak ada');
  const workbook = await readWorkbook(zip, workbookPart, workbookEntry);
  const sheet =
    workbook.sheets.find((s) => sheetMatches(s.name, kind)) ??
    workbook.sheets.find((s) => s.isWorksheet) ??
    workbook.sheets[0];
  if (!sheet) throw new ZipError('tidak ada lembar kerja');
  const entry = sheet.part === undefined ? undefined : zip.entry(sheet.part);
  if (!entry) throw new ZipError(`isi lembar "${sheet.name}" tidak ada di arsip`);
  const partOf = (type: string, fallback: string) =>
    zip.entry([...workbook.rels.values()].find((r) => r.type === type)?.part ?? fallback);
  const dateStyles = await readDateStyles(zip, partOf('styles', 'xl/styles.xml'));
  const sharedStrings = await readSharedStrings(zip, partOf('sharedStrings', 'xl/sharedStrings.xml'));
  return { workbook, sheet, entry, context: { dateStyles, sharedStrings, date1904: workbook.date1904 } };
}

/**
 * An XLSX workbook as a row source (import-format.md §1), read by our own streaming reader: the zip's
 * central directory, then the sheet's XML inflated and tokenized chunk by chunk (shared strings and styles
 * are read first and held). The sheet named like the kind, else the first worksheet; the header is found
 * below any title rows (`findHeaderRow`). Date-formatted numbers arrive as dates (UTC), so Excel dates
 * need no conversion downstream. `source` is a file path or the file's bytes.
 */
export async function openXlsxSource(
  source: string | Buffer,
  fileName: string,
  size: number,
  kind: string,
  options: HeaderOptions = {},
): Promise<RowSource> {
  let zip: ZipArchive;
  let book: Book;
  try {
    zip = await ZipArchive.open(source);
  } catch (error) {
    throw asInvalid(fileName, error);
  }
  try {
    book = await openBook(zip, kind);
  } catch (error) {
    await zip.close();
    throw asInvalid(fileName, error);
  }
  const { sheet, entry } = book;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    zip.close().catch(() => {});
  };
  let sheetBytesRead = 0;
  const parser = new SheetRowParser(book.context);
  const chunks = tokenizeChunks(zip, entry, parser, { onCompressed: (n) => (sheetBytesRead = n) });
  let ended = false;
  const nextCandidate = async (): Promise<Candidate | null> => {
    while (parser.rows.length === 0 && !ended) ended = (await chunks.next()).done === true;
    return parser.rows.shift() ?? null;
  };

  let found: Awaited<ReturnType<typeof findHeaderRow>>;
  try {
    found = await findHeaderRow(nextCandidate, options.isHeader);
  } catch (error) {
    close();
    throw asInvalid(fileName, error);
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
      // A chunk's rows at once: one await per chunk of the sheet, not per row.
      for (;;) {
        while (parser.rows.length === 0 && !ended) ended = (await chunks.next()).done === true;
        if (parser.rows.length === 0) break;
        for (const c of parser.rows.splice(0)) {
          const row = toRow(c);
          if (row) yield row;
        }
      }
    } catch (error) {
      throw asInvalid(fileName, error);
    } finally {
      await chunks.return(undefined);
      close();
    }
  }

  const names = book.workbook.sheets.map((s) => s.name);
  const others = names.filter((n) => n !== sheet.name);
  return {
    format: 'xlsx',
    description: `XLSX, lembar "${sheet.name}"`,
    headers,
    rows: rows(),
    // The sheet is most of the file: its compressed bytes read, as a share of the whole.
    bytesRead: () =>
      entry.compressedSize === 0 ? size : Math.round((size * sheetBytesRead) / entry.compressedSize),
    totalBytes: size,
    notices: [
      ...(others.length > 0
        ? [`Dibaca lembar "${sheet.name}"; lembar lain diabaikan: ${others.join(', ')}.`]
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
