import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Db } from '../src/db/client.js';
import { buildNip } from '../src/domain/nip.js';
import { importFile, type ImportInput } from '../src/features/imports/import.service.js';
import type { ImportKind, ImportSummary } from '../src/features/imports/import-types.js';

/** Files for import tests, written in os.tmpdir() the way SIASN and spreadsheets write them. */

export type Cellish = string | number | Date | boolean | null;
export type Sheet = { name: string; rows: Cellish[][] };

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'talenta-impor-uji-'));
}

export function csvText(rows: Cellish[][], options: { delimiter?: string } = {}): string {
  return stringify(
    rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))),
    { delimiter: options.delimiter ?? ',' },
  );
}

/** A CSV file; `encoding` latin1 writes Windows-1252-like bytes, `bom` a UTF-8 BOM. */
export function writeCsv(
  file: string,
  rows: Cellish[][],
  options: { delimiter?: string; bom?: boolean; encoding?: 'utf8' | 'latin1' | 'utf16le' } = {},
): string {
  const text = csvText(rows, options);
  const encoding = options.encoding ?? 'utf8';
  const bom =
    encoding === 'utf16le' ? Buffer.from([0xff, 0xfe]) : options.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : null;
  const body = Buffer.from(text, encoding);
  writeFileSync(file, bom ? Buffer.concat([bom, body]) : body);
  return file;
}

/** An XLSX workbook; Date cells become Excel dates. */
export async function writeXlsx(file: string, sheets: Sheet[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name);
    for (const row of s.rows) {
      const added = sheet.addRow(row);
      row.forEach((v, i) => {
        if (v instanceof Date) added.getCell(i + 1).numFmt = 'dd-mm-yyyy';
      });
    }
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Rows as JSON objects keyed by the header row, optionally in SIASN's `{data: [...]}` envelope. */
export function writeJson(file: string, rows: Cellish[][], options: { envelope?: boolean } = {}): string {
  const [header, ...data] = rows;
  const objects = data.map((r) =>
    Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i] ?? null])),
  );
  writeFileSync(file, JSON.stringify(options.envelope ? { code: 1, data: objects } : objects));
  return file;
}

/** A valid PNS NIP, distinct per serial (birth date and appointment month vary with it). */
export function nipOf(serial: number, sex: 'L' | 'P' = 'L'): string {
  const year = 1970 + (serial % 25);
  const month = 1 + (serial % 12);
  const day = 1 + (serial % 28);
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return buildNip({
    birthDate,
    appointmentYearMonth: `${year + 22}-03`,
    sex,
    serial: 1 + Math.floor(serial / 300),
  });
}

/** The birth date a `nipOf(serial)` NIP encodes, as SIASN writes it (DD-MM-YYYY). */
export function birthOf(serial: number): string {
  const nip = nipOf(serial);
  return `${nip.slice(6, 8)}-${nip.slice(4, 6)}-${nip.slice(0, 4)}`;
}

export const PEGAWAI_HEADER = [
  'nipBaru',
  'nama',
  'tglLahir',
  'jenisKelamin',
  'jenisPegawai',
  'kedudukanPns',
  'golRuangAkhir',
  'pendidikanTerakhir',
  'jenisJabatanId',
  'jabatanNama',
  'eselon',
  'tmtJabatan',
];

/** A valid pegawai row whose birth date and sex agree with its NIP. */
export function pegawaiRow(serial: number): Cellish[] {
  return [
    nipOf(serial),
    `Pegawai ${serial}`,
    birthOf(serial),
    'L',
    'PNS',
    'Aktif',
    'III/c',
    'S1',
    2,
    'Analis Kebijakan Ahli Muda',
    null,
    '01-01-2020',
  ];
}

let fileSerial = 0;

/** Writes `rows` (header first) as a file of `format` in a fresh temp folder and imports it. */
export async function importRows(
  db: Db,
  kind: ImportKind,
  rows: Cellish[][],
  options: Partial<Omit<ImportInput, 'kind' | 'file'>> & {
    format?: 'csv' | 'xlsx' | 'json';
    delimiter?: string;
  } = {},
): Promise<ImportSummary> {
  const { format = 'csv', delimiter, ...input } = options;
  const file = path.join(tempDir(), `${kind}-${++fileSerial}.${format}`);
  if (format === 'xlsx') await writeXlsx(file, [{ name: kind, rows }]);
  else if (format === 'json') writeJson(file, rows);
  else writeCsv(file, rows, { delimiter });
  return importFile(db, { kind, file, instansiKode: 'uji', actor: 'uji', ...input });
}
