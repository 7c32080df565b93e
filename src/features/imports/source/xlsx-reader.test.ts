import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir, writeXlsx } from '../../../../test/import-files.js';
import { AppError } from '../../../platform/errors.js';
import type { CellValue } from '../normalize.js';
import { openSource } from './open-source.js';
import { openXlsxSource } from './xlsx-source.js';
import { buildZip, minimalXlsx, type ZipLayout } from './zip-writer.fixture.js';

const dir = tempDir();
const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

/** Every row of a workbook's chosen sheet, as the import sees it (header first). */
async function readAll(source: string | Buffer, kind = 'pegawai') {
  const size = typeof source === 'string' ? 0 : source.length;
  const xlsx = await openXlsxSource(source, 'uji.xlsx', size, kind);
  const rows: { rowNumber: number; record: Record<string, CellValue | null> }[] = [];
  for await (const row of xlsx.rows) rows.push(row);
  return { xlsx, rows };
}

async function failure(source: string | Buffer): Promise<string> {
  try {
    await readAll(source);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FILE_INVALID');
    return (error as AppError).message;
  }
  throw new Error('read without error');
}

describe('a hand-built minimal workbook', () => {
  // Inline strings, no shared strings, cells and rows without `r`, 1904 dates in a custom format.
  const sheetData =
    '<row><c t="inlineStr"><is><t>nipBaru</t></is></c><c t="inlineStr"><is><t>tglLahir</t></is></c><c t="inlineStr"><is><t>nilai</t></is></c></row>' +
    '<row><c t="inlineStr"><is><t>198506152010011001</t></is></c><c s="1"><v>29751</v></c><c><v>3.5</v></c></row>' +
    '<row r="5"><c r="C5" t="b"><v>1</v></c></row>';
  const expected = [
    { rowNumber: 2, record: { nipBaru: '198506152010011001', tglLahir: utc(1985, 6, 15), nilai: 3.5 } },
    { rowNumber: 5, record: { nipBaru: null, tglLahir: null, nilai: true } },
  ];
  const options = { date1904: true, cellXfs: [0, 165], numFmts: { 165: 'd mmmm yyyy' } };

  it.each<[string, ZipLayout]>([
    ['deflated', {}],
    ['stored', { store: true }],
    ['with data descriptors', { dataDescriptor: true }],
    ['as zip64', { zip64: true }],
    ['as zip64 with data descriptors, stored', { zip64: true, dataDescriptor: true, store: true }],
  ])('reads back exactly, %s, from a buffer and from a file', async (label, layout) => {
    const bytes = minimalXlsx(sheetData, { ...options, layout });
    const { xlsx, rows } = await readAll(bytes);
    expect(xlsx.headers).toEqual(['nipBaru', 'tglLahir', 'nilai']);
    expect(rows).toEqual(expected);
    const file = path.join(dir, `minimal-${label.replace(/\W+/g, '-')}.xlsx`);
    writeFileSync(file, bytes);
    const fromFile = await openSource(file, 'pegawai');
    const read: unknown[] = [];
    for await (const row of fromFile.rows) read.push(row);
    expect(read).toEqual(expected);
    expect(fromFile.bytesRead()).toBe(bytes.length);
  });

  it('ignores the date1904 flag when it is absent (1900 system)', async () => {
    const { rows } = await readAll(minimalXlsx(sheetData, { ...options, date1904: false }));
    expect(rows[0]?.record.tglLahir).toEqual(utc(1981, 6, 14));
  });

  it.each([
    ['an encrypted entry', () => minimalXlsx(sheetData, { layout: { encrypted: true } }), /terenkripsi/],
    ['a zip without a workbook', () => buildZip({ 'a.txt': 'x' }), /bukan buku kerja Excel/],
    [
      'a sheet whose data is corrupt (CRC)',
      () => {
        const bytes = minimalXlsx(sheetData, { layout: { store: true } });
        const at = bytes.indexOf('198506152010011001');
        bytes.write('2', at);
        return bytes;
      },
      /tidak cocok dengan catatannya \(CRC\)/,
    ],
    [
      'a sheet whose deflate stream is garbage',
      () => {
        const bytes = minimalXlsx(sheetData);
        const at = bytes.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
        bytes.fill(0xff, at, at + 40);
        return bytes;
      },
      /bagian xl\/worksheets\/sheet1\.xml/,
    ],
    [
      'XML cut short',
      () => minimalXlsx('<row><c t="str"><v><![CDATA[x</v></c></row>'),
      /XML rusak: XML terpotong/,
    ],
    ['a row numbered 0', () => minimalXlsx('<row r="0"/>'), /XML rusak: nomor baris "0" tidak sah/],
  ])('refuses %s as FILE_INVALID', async (_label, bytes, message) => {
    const text = await failure(bytes());
    expect(text).toMatch(/bukan XLSX yang utuh/);
    expect(text).toMatch(message);
  });
});

describe('round trip with exceljs, the writer of our exports and error files', () => {
  const rows: (string | number | boolean | Date | null)[][] = [
    ['nipBaru', 'nama', 'tglLahir', 'nilai', 'aktif', 'catatan'],
    ['198506152010011001', 'André  Sitompul ', utc(1985, 6, 15), 3.5, true, null],
    ['199001012015032002', 'Siti <"Ani"> & co', utc(1990, 1, 1), -0.25, false, "'=HYPERLINK()"],
    [null, null, null, null, null, null],
    ['200012312022121003', 'Budi', utc(2000, 12, 31), 1e21, true, 'baris\r\nbaru'],
  ];
  const expected = [
    {
      nipBaru: '198506152010011001',
      nama: 'André  Sitompul',
      tglLahir: utc(1985, 6, 15),
      nilai: 3.5,
      aktif: true,
      catatan: null,
    },
    {
      nipBaru: '199001012015032002',
      nama: 'Siti <"Ani"> & co',
      tglLahir: utc(1990, 1, 1),
      nilai: -0.25,
      aktif: false,
      catatan: '=HYPERLINK()',
    },
    {
      nipBaru: '200012312022121003',
      nama: 'Budi',
      tglLahir: utc(2000, 12, 31),
      nilai: 1e21,
      aktif: true,
      catatan: 'baris\r\nbaru',
    },
  ];

  it('reads a Workbook file (shared strings, styles) back exactly', async () => {
    const file = await writeXlsx(path.join(dir, 'book.xlsx'), [
      { name: 'Petunjuk', rows: [['baca lembar berikut']] },
      { name: 'pegawai', rows },
    ]);
    const { xlsx, rows: read } = await readAll(file);
    expect(xlsx.description).toBe('XLSX, lembar "pegawai"');
    expect(read).toEqual(expected.map((record, i) => ({ rowNumber: [2, 3, 5][i], record })));
  });

  it.each([
    ['inline strings, no styles (as exports write)', { useSharedStrings: false, useStyles: false }],
    ['shared strings and styles', { useSharedStrings: true, useStyles: true }],
  ])('reads a streamed WorkbookWriter file back exactly: %s', async (label, options) => {
    const file = path.join(dir, `stream-${label.length}.xlsx`);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, ...options });
    const sheet = workbook.addWorksheet('pegawai');
    for (const values of rows) {
      const row = sheet.addRow(values);
      values.forEach((v, i) => {
        if (v instanceof Date) row.getCell(i + 1).numFmt = 'dd-mm-yyyy';
      });
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
    const { rows: read } = await readAll(file);
    // exceljs writes a styles part even without `useStyles`: date cells keep their format either way.
    expect(read.map((r) => r.record)).toEqual(expected);
  });

  it('reads rich text, hyperlinks, formulas and errors as their shown text or value', async () => {
    const file = path.join(dir, 'rich.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('pegawai');
    sheet.addRow(['a', 'b', 'c', 'd', 'e']);
    sheet.addRow([
      { richText: [{ text: 'Bu', font: { bold: true } }, { text: 'di' }] },
      { text: 'situs', hyperlink: 'https://example.org' },
      { formula: 'A1&"x"', result: 'ax' },
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { formula: 'ROW()', result: 2 },
    ]);
    await workbook.xlsx.writeFile(file);
    const { rows: read } = await readAll(file);
    expect(read[0]?.record).toEqual({ a: 'Budi', b: 'situs', c: 'ax', d: '#DIV/0!', e: 2 });
  });
});
