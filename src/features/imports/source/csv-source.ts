import type { ReadStream } from 'node:fs';
import { AppError } from '../../../platform/errors.js';
import type { RawRecord, RowSource, SourceRow } from '../import-types.js';
import { isBlank, textCell, uniqueHeaders } from './cells.js';
import { CsvRecordSplitter } from './csv-records.js';
import { decodeText, type DecodeState } from './text-decoding.js';

/** A line (or a quoted cell) longer than this is not a table row: the file is refused, not held in memory. */
export const MAX_LINE_CHARS = 1_000_000;

const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/** The delimiter the header line uses most, outside quotes (import-format.md §1: `,` or `;`, detected). */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Reads decoded text until the first line is complete; refuses a first line longer than MAX_LINE_CHARS. */
async function readHead(text: AsyncIterator<string>, fileName: string): Promise<{ head: string; done: boolean }> {
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
export async function openCsvSource(stream: ReadStream, fileName: string, totalBytes: number): Promise<RowSource> {
  const state: DecodeState = { encoding: 'UTF-8', sawBom: false };
  const text = decodeText(stream, fileName, state);
  const { head, done } = await readHead(text, fileName);
  if (head.trim() === '') throw new AppError('FILE_INVALID', `Berkas ${fileName} kosong.`);
  const delimiter = detectDelimiter(head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n')));

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
  let headers: string[];
  try {
    headers = uniqueHeaders((await nextRecord()) ?? []);
  } catch (error) {
    stream.destroy();
    throw error;
  }

  const notices: string[] = [];
  async function* rows(): AsyncGenerator<SourceRow> {
    let index = 1;
    try {
      for (let values = await nextRecord(); values !== null; values = await nextRecord()) {
        index++;
        const cells = values.map(textCell);
        if (isBlank(cells)) continue;
        const record: RawRecord = {};
        for (let i = 0; i < headers.length; i++) record[headers[i] ?? ''] = cells[i] ?? null;
        yield { rowNumber: index, record };
      }
    } finally {
      stream.destroy();
    }
    if (state.encoding === 'Windows-1252')
      notices.push(`Berkas ${fileName} bukan UTF-8; dibaca sebagai Windows-1252 (Latin-1). Periksa huruf beraksen.`);
  }

  const shownDelimiter = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  return {
    format: 'csv',
    description: `CSV ${state.encoding}${state.sawBom ? " dengan BOM" : ""}, pemisah ${shownDelimiter}`,
    headers,
    rows: rows(),
    bytesRead: () => stream.bytesRead,
    totalBytes,
    notices,
    close: () => stream.destroy(),
  };
}
