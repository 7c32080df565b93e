import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../platform/errors.js';
import type { HeaderOptions, RowSource, SourceFormat } from '../import-types.js';
import { openCsvSource } from './csv-source.js';
import { openJsonSource } from './json-source.js';
import { openXlsxSource } from './xlsx-source.js';

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'tidak ditemukan',
  EACCES: 'tidak boleh dibaca (izin berkas)',
  EPERM: 'tidak boleh dibaca (izin berkas)',
  EISDIR: 'adalah folder, bukan berkas',
};

function unreadable(file: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why = READ_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
  return new AppError('FILE_INVALID', `Berkas ${file} tidak bisa dibaca: ${why}.`);
}

function readMagic(file: string): Buffer {
  const head = Buffer.alloc(8);
  const fd = openSync(file, 'r');
  try {
    const n = readSync(fd, head, 0, 8, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * The format of a file: by its content where that is certain (a zip is XLSX; an OLE file is the old .xls,
 * refused with advice), else by its extension, else JSON when it starts with `[` or `{`, else CSV.
 */
export function detectFormat(file: string, magic: Buffer): SourceFormat {
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (magic.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])) || ext === '.xls') {
    throw new AppError(
      'FILE_INVALID',
      `Berkas ${name} berformat Excel 97-2003 (.xls), yang tidak didukung. Simpan ulang sebagai .xlsx atau CSV UTF-8.`,
    );
  }
  if (magic.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'xlsx';
  if (ext === '.xlsx' || ext === '.xlsm')
    throw new AppError(
      'FILE_INVALID',
      `Berkas ${name} bukan XLSX (isinya bukan arsip Excel). Simpan ulang dari Excel sebagai .xlsx, atau ekspor ke CSV UTF-8.`,
    );
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  const first = magic
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .charAt(0);
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/** Opens an import file as a stream of rows; every problem with the file itself is FILE_INVALID (exit 2). */
export async function openSource(
  file: string,
  kind: string,
  options: HeaderOptions = {},
): Promise<RowSource> {
  const name = path.basename(file);
  let size: number;
  let magic: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    size = stat.size;
    magic = readMagic(file);
  } catch (error) {
    throw unreadable(file, error);
  }
  if (size === 0) throw new AppError('FILE_INVALID', `Berkas ${name} kosong.`);
  const format = detectFormat(file, magic);
  if (format === 'xlsx') return openXlsxSource(file, name, size, kind, options);
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  return format === 'json' ? openJsonSource(stream, name, size) : openCsvSource(stream, name, size, options);
}
