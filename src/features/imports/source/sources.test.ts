import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeCsv, writeJson, writeXlsx } from '../../../../test/import-files.js';
import { AppError } from '../../../platform/errors.js';
import type { SourceRow } from '../import-types.js';
import { CsvRecordSplitter } from './csv-records.js';
import { JsonRowSplitter } from './json-splitter.js';
import { openSource } from './open-source.js';

const dir = tempDir();
const file = (name: string) => path.join(dir, name);

async function read(name: string, kind = 'pegawai') {
  const source = await openSource(file(name), kind);
  const rows: SourceRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return { source, rows };
}

async function failure(name: string, kind = 'pegawai'): Promise<string> {
  try {
    await read(name, kind);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FILE_INVALID');
    return (error as AppError).message;
  }
  throw new Error(`${name} was read without error`);
}

describe('CSV source', () => {
  const rows = [
    ['nipBaru', 'nama', 'nilai'],
    ['1', 'Budi; S.Kom., M.Si.', '3,5'],
    ['2', 'Siti "Ani"', "'=SUM(A1)"],
  ];

  it.each([
    [',', 'pemisah ","'],
    [';', 'pemisah ";"'],
    ['\t', 'pemisah tab'],
  ])(
    'detects the delimiter %j from the header and keeps quoted delimiters in cells',
    async (delimiter, shown) => {
      writeCsv(file(`d${delimiter.charCodeAt(0)}.csv`), rows, { delimiter });
      const { source, rows: read_ } = await read(`d${delimiter.charCodeAt(0)}.csv`);
      expect(source.description).toContain(shown);
      expect(source.headers).toEqual(['nipBaru', 'nama', 'nilai']);
      expect(read_.map((r) => r.record)).toEqual([
        { nipBaru: '1', nama: 'Budi; S.Kom., M.Si.', nilai: '3,5' },
        // The formula guard our exports add is removed again.
        { nipBaru: '2', nama: 'Siti "Ani"', nilai: '=SUM(A1)' },
      ]);
    },
  );

  it.each([
    ['UTF-8 with BOM', { bom: true }, 'UTF-8 dengan BOM'],
    ['UTF-8 without BOM', {}, 'UTF-8'],
    ['UTF-16 (Excel "Unicode Text")', { encoding: 'utf16le' as const, delimiter: '\t' }, 'UTF-16'],
  ])('reads %s with accents intact', async (_label, options, described) => {
    writeCsv(
      file('enc.csv'),
      [
        ['nipBaru', 'nama'],
        ['1', 'André Sitompul'],
      ],
      options,
    );
    const { source, rows: read_ } = await read('enc.csv');
    expect(source.description).toContain(described);
    expect(read_[0]?.record).toEqual({ nipBaru: '1', nama: 'André Sitompul' });
  });

  it('reads Windows-1252 bytes and says so in a notice', async () => {
    const head = 'nipBaru,nama\n' + Array.from({ length: 5000 }, (_, i) => `${i},Budi`).join('\n') + '\n';
    writeFileSync(
      file('cp1252.csv'),
      Buffer.concat([Buffer.from(head), Buffer.from('9,Andr\xe9\n', 'latin1')]),
    );
    const { source, rows: read_ } = await read('cp1252.csv');
    expect(read_.at(-1)?.record).toEqual({ nipBaru: '9', nama: 'André' });
    expect(source.notices.join(' ')).toContain('Windows-1252');
  });

  it('refuses UTF-8 that breaks after valid accents (mixed encodings)', async () => {
    writeFileSync(
      file('mixed.csv'),
      Buffer.concat([Buffer.from('nipBaru,nama\n1,André\n'), Buffer.from('2,Andr\xe9\n', 'latin1')]),
    );
    expect(await failure('mixed.csv')).toMatch(/bukan UTF-8 yang sah.*CSV UTF-8/);
  });

  it('numbers rows as a spreadsheet shows them: header 1, blank lines counted, quoted line breaks inside one row', async () => {
    writeFileSync(file('rows.csv'), 'nipBaru,nama\r\n1,"Budi\r\nBaris dua"\r\n\r\n,\r\n2,Siti\r\n3,Ani');
    const { rows: read_ } = await read('rows.csv');
    expect(read_.map((r) => [r.rowNumber, r.record.nama])).toEqual([
      [2, 'Budi\r\nBaris dua'],
      [5, 'Siti'],
      [6, 'Ani'],
    ]);
  });

  it('splits the same records whatever the chunk boundaries', () => {
    const text = 'a;b;c\r\n"x ""y""";"1\n2";3\r\n;;\n"q";"";"z"\n';
    const whole = new CsvRecordSplitter(';', 'f', 1000);
    const expected = [...whole.feed(text), ...whole.end()];
    const bytewise = new CsvRecordSplitter(';', 'f', 1000);
    const got = [...text].flatMap((ch) => bytewise.feed(ch));
    expect([...got, ...bytewise.end()]).toEqual(expected);
    expect(expected).toEqual([
      ['a', 'b', 'c'],
      ['x "y"', '1\n2', '3'],
      ['', '', ''],
      ['q', '', 'z'],
    ]);
  });

  it.each([
    [
      'a 10 MB single line',
      () => 'x'.repeat(10 * 1024 * 1024),
      /Baris pertama.*lebih dari 1\.000\.000 karakter/,
    ],
    [
      'a quote never closed',
      () => 'nipBaru,nama\n1,"Budi\n2,Siti\n',
      /tanda kutip.*baris 2.*tidak pernah ditutup/,
    ],
    ['an empty file', () => '', /kosong/],
    [
      'binary garbage',
      () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      /bukan berkas teks/,
    ],
    [
      'an Excel 97-2003 file',
      () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]),
      /\.xls/,
    ],
  ])('refuses %s with a clear message', async (_label, content, message) => {
    writeFileSync(file('bad.csv'), content());
    expect(await failure('bad.csv')).toMatch(message);
  });

  it('refuses a data line longer than 1,000,000 characters', async () => {
    writeFileSync(file('longline.csv'), `nipBaru,nama\n1,Budi\n2,${'x'.repeat(2_000_000)}\n`);
    expect(await failure('longline.csv')).toMatch(/baris 3: satu baris lebih dari 1\.000\.000 karakter/);
  });

  it('names a file that is missing or a folder', async () => {
    expect(await failure('tidak-ada.csv')).toMatch(/tidak bisa dibaca: tidak ditemukan/);
    await expect(openSource(dir, 'pegawai')).rejects.toThrow(/adalah folder/);
  });
});

describe('JSON source', () => {
  const rows = [
    ['nipBaru', 'nama', 'tahun'],
    ['1', 'Budi', 2025],
    ['2', 'Siti', 2024],
  ];

  it.each([
    ['an array of objects', false],
    ["SIASN's {data: [...]} envelope", true],
  ])('reads %s; rows are numbered by position', async (_label, envelope) => {
    writeJson(file('a.json'), rows, { envelope });
    const { source, rows: read_ } = await read('a.json');
    expect(source.format).toBe('json');
    expect(read_.map((r) => [r.rowNumber, r.record])).toEqual([
      [1, { nipBaru: '1', nama: 'Budi', tahun: 2025 }],
      [2, { nipBaru: '2', nama: 'Siti', tahun: 2024 }],
    ]);
  });

  it('reads {data: {...}} as one row, skipping other members, and keeps nested values as JSON text', async () => {
    writeFileSync(
      file('one.json'),
      JSON.stringify({ meta: { x: ['}'] }, data: { nipBaru: '1', unor: { id: 'U1' } }, code: 1 }),
    );
    const { rows: read_ } = await read('one.json');
    expect(read_.map((r) => r.record)).toEqual([{ nipBaru: '1', unor: '{"id":"U1"}' }]);
  });

  it('splits the same rows whatever the chunk boundaries', () => {
    const text = JSON.stringify({
      a: '{[',
      data: [{ s: 'x"}]\\', n: -1.5e3 }, { b: [1, { c: null }] }],
      z: true,
    });
    const splitter = new JsonRowSplitter('f');
    const got = [...text].flatMap((ch) => splitter.feed(ch));
    splitter.finish();
    expect(got).toEqual((JSON.parse(text) as { data: unknown[] }).data);
  });

  it.each([
    ['truncated', '[{"nipBaru":"1"},{"nip', /terpotong/],
    ['an object without data', '{"nipBaru":"1"}', /tanpa kunci "data"/],
    ['an element that is not an object', '[1,2]', /data ke-1 bukan objek/],
    ['trailing text', '[{"a":1}] x', /ada data setelah akhir JSON/],
    ['not JSON at all', 'nipBaru\n1', /harus diawali \[ atau \{/],
  ])('refuses %s', async (_label, text, message) => {
    writeFileSync(file('bad.json'), text);
    expect(await failure('bad.json')).toMatch(message);
  });
});

describe('XLSX source', () => {
  const header = ['nipBaru', 'tglLahir', 'nilai'];

  it('reads the first sheet, from its first non-empty row, with date cells as dates', async () => {
    await writeXlsx(file('a.xlsx'), [
      { name: 'Data', rows: [[], header, ['1', new Date(Date.UTC(1985, 5, 15)), 3.5]] },
      { name: 'Lain', rows: [['x']] },
    ]);
    const { source, rows: read_ } = await read('a.xlsx');
    expect(source.headers).toEqual(header);
    expect(source.notices.join(' ')).toContain('lembar lain diabaikan: Lain');
    expect(read_).toEqual([
      { rowNumber: 3, record: { nipBaru: '1', tglLahir: new Date(Date.UTC(1985, 5, 15)), nilai: 3.5 } },
    ]);
  });

  it('prefers the sheet named like the kind, wherever it is', async () => {
    await writeXlsx(file('b.xlsx'), [
      { name: 'Petunjuk', rows: [['Isi lembar berikutnya']] },
      { name: 'Riwayat Jabatan', rows: [header, ['2', null, 1]] },
    ]);
    const { source, rows: read_ } = await read('b.xlsx', 'riwayat-jabatan');
    expect(source.description).toBe('XLSX, lembar "Riwayat Jabatan"');
    expect(read_.map((r) => r.record.nipBaru)).toEqual(['2']);
  });

  it('refuses a truncated workbook and one that is garbage, without hanging', async () => {
    await writeXlsx(file('c.xlsx'), [
      { name: 'pegawai', rows: [header, ...Array.from({ length: 500 }, (_, i) => [String(i), null, i])] },
    ]);
    const bytes = readFileSync(file('c.xlsx'));
    writeFileSync(file('truncated.xlsx'), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await failure('truncated.xlsx')).toMatch(/bukan XLSX yang utuh \(terpotong atau rusak/);
    writeFileSync(file('garbage.xlsx'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31) % 256)));
    expect(await failure('garbage.xlsx')).toMatch(/bukan XLSX/);
  });
});

describe('title rows above the column names', () => {
  const isHeader = (cells: readonly string[]) => cells.includes('nipBaru');

  it.each(['csv', 'xlsx'] as const)(
    'are skipped in %s, with a notice; rows keep their numbers',
    async (format) => {
      const rows = [
        ['DATA PEGAWAI KABUPATEN UJI'],
        ['Per 31 Desember 2025'],
        [],
        ['nipBaru', 'nama'],
        ['1', 'Budi'],
      ];
      const name = `judul.${format}`;
      if (format === 'csv') writeCsv(file(name), rows, { delimiter: ';' });
      else await writeXlsx(file(name), [{ name: 'pegawai', rows }]);
      const source = await openSource(file(name), 'pegawai', { isHeader });
      const read_: SourceRow[] = [];
      for await (const row of source.rows) read_.push(row);
      expect(source.headers).toEqual(['nipBaru', 'nama']);
      expect(read_).toEqual([{ rowNumber: 5, record: { nipBaru: '1', nama: 'Budi' } }]);
      expect(source.notices).toContain('2 baris di atas nama kolom (judul) dilewati.');
    },
  );
});
