import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { createEmployee, createInstansi, createUnit } from '../../../test/factories.js';
import { importRows } from '../../../test/import-files.js';
import { A, BASE, rowsOf, textLike, type Case } from '../../../test/import-fixtures.js';
import { queryRows } from '../../db/query.js';

/** Rows kept as given, with a warning. */
const WARNINGS: Case[] = [
  [
    'pegawai',
    { tglLahir: '01-01-1990' },
    'NIP_TIDAK_SESUAI_TGL_LAHIR',
    'tglLahir',
    /"01-01-1990" tidak sesuai dengan tanggal lahir pada NIP/,
  ],
  [
    'pegawai',
    { jenisKelamin: 'Perempuan' },
    'NIP_TIDAK_SESUAI_JENIS_KELAMIN',
    'jenisKelamin',
    /tidak sesuai dengan digit jenis kelamin pada NIP \(L\)/,
  ],
  [
    'pegawai',
    { pendidikanTerakhir: 'Paket C' },
    'PENDIDIKAN_TIDAK_DIKETAHUI',
    'pendidikanTerakhir',
    /disimpan sebagai teks/,
  ],
  ['pegawai', { unorId: 'U404' }, 'UNOR_TIDAK_DITEMUKAN', 'unorId', /pegawai disimpan tanpa unit/],
  [
    'skp',
    { hasilKinerja: 'Di Atas Ekspektasi', kuadranKinerja: 'Sangat Baik' },
    'PREDIKAT_TIDAK_SESUAI_RATING',
    'kuadranKinerja',
    /"Sangat Baik" tidak sesuai dengan matriks rating \(Baik menurut/,
  ],
  [
    'potensi',
    { total: null, intelektual: 4, interpersonal: 3 },
    'ASESMEN_POTENSI_DIMENSI_TIDAK_LENGKAP',
    'kesadaranDiri',
    /dihitung dari 2 dimensi/,
  ],
];

describeDb('import warnings and duplicates', (database) => {
  const db = () => database().db;
  beforeAll(async () => {
    const inst = await createInstansi(db(), 'uji');
    await db().execute(
      sql`insert into unit (instansi_id, unor_id, nama, path) values (${inst.id}, 'U1', 'Dinas', '/x/')`,
    );
    await createUnit(db(), inst.id);
    await createEmployee(db(), inst.id, { nip: A });
  });

  describe('a doubtful row is kept as given, with a warning', () => {
    it.each(WARNINGS)('%s %j → %s', async (kind, change, code, column, text) => {
      const s = await importRows(db(), kind, rowsOf(kind, change), { dryRun: true });
      expect(s).toMatchObject({ invalid: 0, warnings: 1 });
      expect(s.created + s.updated).toBe(1);
      expect(s.issues).toEqual([
        expect.objectContaining({
          severity: 'warning',
          row: 2,
          code,
          column,
          text: textLike(text),
        }),
      ]);
    });
  });

  it('refuses a second row with the same natural key, naming the first', async () => {
    const [header, row] = rowsOf('skp', {});
    const s = await importRows(db(), 'skp', [header!, row!, row!], { dryRun: true });
    expect(s.issues).toEqual([
      expect.objectContaining({
        row: 3,
        code: 'DUPLIKAT',
        column: 'nipBaru',
        text: textLike(/sama dengan baris 2/),
      }),
    ]);
  });

  it('accepts an 18-digit PPPK number that is no NIP, and validates a PNS one fully', async () => {
    const pppk = await importRows(
      db(),
      'pegawai',
      rowsOf('pegawai', {
        nipBaru: '202101012021011999',
        jenisPegawai: 'PPPK',
        golRuangAkhir: 'IX',
        tglLahir: null,
      }),
      { dryRun: true },
    );
    expect(pppk).toMatchObject({ invalid: 0, created: 1 });
    const asPns = await importRows(
      db(),
      'pegawai',
      rowsOf('pegawai', { nipBaru: '202101012021013999', tglLahir: null }),
      { dryRun: true },
    );
    expect(asPns.issues[0]?.code).toBe('NIP_JENIS_KELAMIN_TIDAK_VALID');
  });

  it('explains a NIP that Excel stored as a number', async () => {
    const s = await importRows(
      db(),
      'skp',
      [Object.keys(BASE.skp), [Number(A), 2025, 'Sesuai Ekspektasi', 'Sesuai Ekspektasi']],
      { format: 'xlsx' },
    );
    expect(s.issues[0]).toMatchObject({
      code: 'NIP_TERTULIS_ANGKA',
      text: textLike(/Format kolom sebagai Teks/),
    });
  });

  it('wrote nothing in all this (every file above was invalid or a dry run)', async () => {
    expect(await queryRows(db(), sql`select count(*)::int as n from skp`)).toEqual([{ n: 0 }]);
  });
});
