import type { ReadStream } from 'node:fs';
import { AppError } from '../../../platform/errors.js';
import type { HeaderOptions, RawRecord, RowSource, SourceRow } from '../import-types.js';
import { isBlank, textCell } from './cells.js';
import { CsvRecordSplitter } from './csv-records.js';
import { findHeaderRow, skippedNotice, type Candidate } from './header-row.js';
import { decodeText, type DecodeState } from './text-decoding.js';

/** A line (or a quoted cell) longer than this is not a table row: the file is refused, not held in memory. */
export const MAX_LINE_CHARS = 1_000_000;

const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter (import-format.md §1: `,` or `;`, detected): the one a line uses most, outside quotes, over
 * the first lines (a title row above the header may have none).
 */
export function detectDelimiter(head: string): Delimiter {
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const line of head.split('\n').slice(0, 10)) {
    const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && counts.has(ch as Delimiter))
        counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
    }
    for (const d of DELIMITERS) {
      const n = counts.get(d) ?? 0;
      if (n > bestCount) [best, bestCount] = [d, n];
    }
  }
  return best;
}

/** Reads decoded text until the first line is complete; refuses a first line longer than MAX_LINE_CHARS. */
async function readHead(
  text: AsyncIterator<string>,
  fileName: string,
): Promise<{ head: string; done: boolean }> {
  let head = '';
  for (;;) {
    const next = await text.next();
    if (next.done) return { head, done: true };
    head += next.value;
    const newline = head.indexOf('\n');
    if (newline !== -1 && newline <= MAX_LINE_CHARS) return { head, done: false };
    if (head.length > MAX_LINE_CHARS) {
      throw new AppError(
        'FILE_INVALID',
        `Baris pertama berkas ${fileName} lebih dari ${MAX_LINE_CHARS.toLocaleString('id-ID')} karakter tanpa akhir baris: ini bukan tabel CSV. Baris pertama harus berisi nama kolom.`,
      );
    }
  }
}

/**
 * A CSV file as a row source (import-format.md §1): decoded by `decodeText`, delimiter detected from the
 * header line, split into records as the text streams in. Row numbers count records with the header as row 1, the
 * way a spreadsheet shows the file.
 */
export async function openCsvSource(
  stream: ReadStream,
  fileName: string,
  totalBytes: number,
  options: HeaderOptions = {},
): Promise<RowSource> {
  const state: DecodeState = { encoding: 'UTF-8', sawBom: false };
  const text = decodeText(stream, fileName, state);
  const { head, done } = await readHead(text, fileName);
  if (head.trim() === '') throw new AppError('FILE_INVALID', `Berkas ${fileName} kosong.`);
  const delimiter = detectDelimiter(head);

  const splitter = new CsvRecordSplitter(delimiter, fileName, MAX_LINE_CHARS);
  const pending: string[][] = splitter.feed(head);
  let ended = done;
  /** The next record, reading more text when none is waiting; null at the end. */
  async function nextRecord(): Promise<string[] | null> {
    while (pending.length === 0) {
      if (ended) return null;
      const next = await text.next();
      if (next.done) {
        ended = true;
        pending.push(...splitter.end());
      } else {
        pending.push(...splitter.feed(next.value));
      }
    }
    return pending.shift() ?? null;
  }
  let index = 0;
  const nextCandidate = async (): Promise<Candidate | null> => {
    const values = await nextRecord();
    if (values === null) return null;
    index++;
    return { rowNumber: index, cells: values.map(textCell) };
  };
  let found: Awaited<ReturnType<typeof findHeaderRow>>;
  try {
    found = await findHeaderRow(nextCandidate, options.isHeader);
  } catch (error) {
    stream.destroy();
    throw error;
  }
  const { headers, pending: early } = found;
  const notices: string[] = found.skipped > 0 ? [skippedNotice(found.skipped)] : [];
  const toRow = (c: Candidate): SourceRow => {
    const record: RawRecord = {};
    for (let i = 0; i < headers.length; i++) record[headers[i] ?? ''] = c.cells[i] ?? null;
    return { rowNumber: c.rowNumber, record };
  };

  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for (const c of early) yield toRow(c);
      for (let c = await nextCandidate(); c !== null; c = await nextCandidate()) {
        if (!isBlank(c.cells)) yield toRow(c);
      }
    } finally {
      stream.destroy();
    }
    if (state.encoding === 'Windows-1252')
      notices.push(
        `Berkas ${fileName} bukan UTF-8; dibaca sebagai Windows-1252 (Latin-1). Periksa huruf beraksen.`,
      );
  }

  const shownDelimiter = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  return {
    format: 'csv',
    description: `CSV ${state.encoding}${state.sawBom ? ' dengan BOM' : ''}, pemisah ${shownDelimiter}`,
    headers,
    rows: rows(),
    bytesRead: () => stream.bytesRead,
    totalBytes,
    notices,
    close: () => stream.destroy(),
  };
}
