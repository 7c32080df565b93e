import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { createInstansi } from '../../../test/factories.js';
import {
  PEGAWAI_HEADER,
  importRows,
  nipOf,
  pegawaiRow,
  tempDir,
  writeCsv,
  writeJson,
  writeXlsx,
  type Cellish,
} from '../../../test/import-files.js';
import { textLike } from '../../../test/import-fixtures.js';
import { queryRows } from '../../db/query.js';
import { importFile } from './import.service.js';

const count = async (db: Parameters<typeof queryRows>[0], table: string) =>
  (await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n;

describeDb('import behaviour', (database) => {
  const db = () => database().db;
  beforeAll(async () => {
    await createInstansi(db(), 'uji');
  });

  describe('atomic by default', () => {
    const rows: Cellish[][] = [
      PEGAWAI_HEADER,
      ...Array.from({ length: 10_000 }, (_, i) => pegawaiRow(1000 + i)),
    ];
    rows[5000]![2] = '31-02-1985'; // file row 5001

    it('a file with one bad row among 10,000 writes nothing and reports exactly that row', async () => {
      const s = await importRows(db(), 'pegawai', rows);
      expect(s).toMatchObject({
        rowsRead: 10_000,
        invalid: 1,
        created: 0,
        updated: 0,
        unchanged: 0,
        written: false,
      });
      expect(s.issues.map((i) => i.text)).toEqual([
        'Baris 5001, kolom tglLahir: "31-02-1985" bukan tanggal yang ada. Tulis DD-MM-YYYY, mis. 28-02-1985.',
      ]);
      expect(await count(db(), 'employee')).toBe(0);
      expect(await count(db(), `audit_log where action = 'import.pegawai'`)).toBe(0);
    });

    it('--dry-run counts what would change and keeps nothing', async () => {
      const s = await importRows(db(), 'pegawai', rows, { dryRun: true });
      expect(s).toMatchObject({ created: 9_999, invalid: 1, written: false, dryRun: true });
      expect(await count(db(), 'employee')).toBe(0);
    });

    it('with --skip-invalid it writes the other 9,999, and again reports them unchanged', async () => {
      const s = await importRows(db(), 'pegawai', rows, { skipInvalid: true });
      expect(s).toMatchObject({ rowsRead: 10_000, created: 9_999, invalid: 1, written: true });
      expect(await count(db(), 'employee')).toBe(9_999);
      const again = await importRows(db(), 'pegawai', rows, { skipInvalid: true, batchSize: 777 });
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 9_999, invalid: 1 });
    });
  });

  describe('formats', () => {
    const serials = [1, 2, 3];
    const asCsv: Cellish[][] = [PEGAWAI_HEADER, ...serials.map(pegawaiRow)];

    it('stores the same rows from CSV with ";", XLSX (date cells, Excel serials) and a JSON envelope', async () => {
      expect(await importRows(db(), 'pegawai', asCsv, { delimiter: ';' })).toMatchObject({ created: 3 });
      const withDates = asCsv.map((r, i) => {
        if (i === 0) return r;
        const [d, m, y] = String(r[2]).split('-').map(Number);
        const date = new Date(Date.UTC(y!, m! - 1, d));
        // Row 1: an Excel date cell; row 2: the bare serial number; row 3: text.
        return i === 1
          ? [...r.slice(0, 2), date, ...r.slice(3)]
          : i === 2
            ? [...r.slice(0, 2), date.getTime() / 86_400_000 + 25_569, ...r.slice(3)]
            : r;
      });
      expect(await importRows(db(), 'pegawai', withDates, { format: 'xlsx' })).toMatchObject({
        unchanged: 3,
        invalid: 0,
      });
      expect(await importRows(db(), 'pegawai', asCsv, { format: 'json' })).toMatchObject({
        unchanged: 3,
        invalid: 0,
      });
      const headers = asCsv[0]!.map((h) =>
        String(h)
          .toUpperCase()
          .replace(/([a-z])([A-Z])/g, '$1 $2'),
      );
      expect(await importRows(db(), 'pegawai', [headers, ...asCsv.slice(1)])).toMatchObject({ unchanged: 3 });
    });

    it('updates only the columns the file has, and lists unknown columns once', async () => {
      const partial = [
        ['NIP_BARU', 'nama', 'jabatan nama', 'catatan'],
        [nipOf(1), 'Nama Baru', 'Analis Kebijakan Ahli Muda', 'x'],
        [nipOf(2), 'Pegawai 2', 'Analis Kebijakan Ahli Muda', 'y'],
      ];
      const s = await importRows(db(), 'pegawai', partial);
      expect(s).toMatchObject({ updated: 1, unchanged: 1 });
      expect(s.notices).toEqual(['Kolom tidak dikenal diabaikan: catatan.']);
      const [row] = await queryRows<{ nama: string; tgl_lahir: string | null; golongan: string | null }>(
        db(),
        sql`select nama, tgl_lahir::text, golongan from employee where nip = ${nipOf(1)}`,
      );
      expect(row).toMatchObject({ nama: 'Nama Baru', golongan: 'III/c' });
      expect(row?.tgl_lahir).not.toBeNull();
    });

    it('refuses a file without a required column, and a workbook whose data is on the wrong sheet (FILE_INVALID)', async () => {
      await expect(
        importRows(db(), 'pegawai', [
          ['nipBaru', 'nama'],
          [nipOf(1), 'Budi'],
        ]),
      ).rejects.toMatchObject({
        code: 'FILE_INVALID',
        message: textLike(/tidak memuat kolom wajib jabatanNama untuk impor pegawai/),
      });
      const file = path.join(tempDir(), 'salah-lembar.xlsx');
      await writeXlsx(file, [
        { name: 'Petunjuk', rows: [['Isi data di lembar Data']] },
        { name: 'Data', rows: asCsv },
      ]);
      await expect(
        importFile(db(), { kind: 'pegawai', file, instansiKode: 'uji', actor: 'uji' }),
      ).rejects.toMatchObject({
        code: 'FILE_INVALID',
        message: textLike(
          /lembar "Petunjuk".*Lembar yang ada: Petunjuk, Data\. Data harus di lembar pertama atau di lembar bernama "pegawai"/,
        ),
      });
    });
  });

  describe('the error file', () => {
    const bad: Cellish[][] = [
      [...PEGAWAI_HEADER, 'catatan'],
      [...pegawaiRow(50), 'ok'],
      [
        nipOf(51),
        'Rusak Satu',
        '31-02-1985',
        'L',
        'PNS',
        'Aktif',
        'III/c',
        'S1',
        2,
        'Analis Kebijakan Ahli Muda',
        null,
        null,
        '=1+1',
      ],
      [
        nipOf(52),
        null,
        null,
        'X',
        'PNS',
        'Aktif',
        'III/c',
        'S1',
        2,
        'Analis Kebijakan Ahli Muda',
        null,
        null,
        null,
      ],
    ];

    it.each(['csv', 'xlsx', 'json'] as const)(
      'holds the original rows plus "kesalahan" in the input format (%s), and imports again once fixed',
      async (format) => {
        const errorsFile = path.join(tempDir(), `kesalahan.${format}`);
        const s = await importRows(db(), 'pegawai', bad, { format, errorsFile });
        expect(s).toMatchObject({ invalid: 2, errorsFile, written: false });
        const table = await readTable(errorsFile, format);
        expect(table[0]).toEqual([...PEGAWAI_HEADER, 'catatan', 'kesalahan']);
        expect(table.slice(1).map((r) => [r[0], r[2], r.at(-2)])).toEqual([
          [nipOf(51), '31-02-1985', '=1+1'],
          [nipOf(52), null, null],
        ]);
        // JSON has no sheet rows: its rows are named by position.
        const where = format === 'json' ? 'Data ke-3' : 'Baris 4';
        expect(String(table[2]!.at(-1))).toBe(
          `${where}, kolom nama: kosong, padahal wajib diisi. | ${where}, kolom jenisKelamin: "X" bukan jenis kelamin yang dikenali. Isi L atau P (juga M/F, 1/2, Laki-laki/Perempuan).`,
        );

        const fixed = path.join(tempDir(), `diperbaiki.${format}`);
        const rows: Cellish[][] = table.map((r, i) =>
          i === 1
            ? [r[0] ?? null, r[1] ?? null, '28-02-1985', ...r.slice(3)]
            : i === 2
              ? [r[0] ?? null, 'Diperbaiki', null, 'L', ...r.slice(4)]
              : r,
        );
        if (format === 'csv') writeCsv(fixed, rows);
        else if (format === 'xlsx') await writeXlsx(fixed, [{ name: 'pegawai', rows }]);
        else writeJson(fixed, rows);
        const again = await importFile(db(), {
          kind: 'pegawai',
          file: fixed,
          instansiKode: 'uji',
          actor: 'uji',
          dryRun: true,
        });
        expect(again).toMatchObject({ invalid: 0, created: 2 });
        expect(again.notices.join(' ')).not.toContain('kesalahan');
      },
    );
  });
});

/** Reads an error file back as rows (header first), whatever its format. */
async function readTable(file: string, format: 'csv' | 'xlsx' | 'json'): Promise<Cellish[][]> {
  if (format === 'json') {
    const objects = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Cellish>[];
    const header = Object.keys(objects[0] ?? {});
    return [header, ...objects.map((o) => header.map((h) => o[h] ?? null))];
  }
  if (format === 'csv') {
    const rows = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    return rows.map((r) => r.map((v) => (v === '' ? null : v.replace(/^'(?=[=+\-@])/, ''))));
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: Cellish[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    const values = (row.values as Cellish[]).slice(1);
    rows.push(values.map((v) => (typeof v === 'string' ? v.replace(/^'(?=[=+\-@])/, '') : (v ?? null))));
  });
  const width = rows[0]?.length ?? 0;
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}
