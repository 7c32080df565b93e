import type { ReadStream } from 'node:fs';
import { AppError } from '../../../platform/errors.js';
import type { CellValue } from '../normalize.js';
import type { RawRecord, RowSource, SourceRow } from '../import-types.js';
import { cell } from './cells.js';
import { JsonRowSplitter } from './json-splitter.js';
import { decodeText, type DecodeState } from './text-decoding.js';

function jsonCell(value: unknown): CellValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return cell(value);
  return JSON.stringify(value);
}

/**
 * A JSON file as a row source (import-format.md §1): an array of objects or SIASN's `{data: …}` envelope,
 * split into objects as the text streams in. A row's number is its position (1, 2, …) among the data.
 */
export function openJsonSource(stream: ReadStream, fileName: string, totalBytes: number): RowSource {
  const state: DecodeState = { encoding: 'UTF-8', sawBom: false };
  const splitter = new JsonRowSplitter(fileName);

  async function* rows(): AsyncGenerator<SourceRow> {
    let index = 0;
    try {
      for await (const text of decodeText(stream, fileName, state)) {
        for (const value of splitter.feed(text)) {
          index++;
          if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new AppError(
              'FILE_INVALID',
              `Berkas JSON ${fileName}: data ke-${index} bukan objek {"kolom": nilai, …}.`,
            );
          }
          const record: RawRecord = {};
          for (const [key, v] of Object.entries(value as Record<string, unknown>)) record[key] = jsonCell(v);
          yield { rowNumber: index, record };
        }
      }
      splitter.finish();
    } finally {
      stream.destroy();
    }
  }

  return {
    format: 'json',
    description: 'JSON',
    headers: null,
    rows: rows(),
    bytesRead: () => stream.bytesRead,
    totalBytes,
    notices: [],
    close: () => stream.destroy(),
  };
}
