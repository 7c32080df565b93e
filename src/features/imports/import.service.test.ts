import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { createInstansi } from '../../../test/factories.js';
import { PEGAWAI_HEADER, importRows, nipOf, pegawaiRow, type Cellish } from '../../../test/import-files.js';
import { queryRows } from '../../db/query.js';
import { COMPETENCY_KEYS } from '../../domain/competency.js';
import { POTENTIAL_DIMENSION_KEYS } from '../../domain/potential.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import type { ImportKind } from './import-types.js';

const A = nipOf(1);
const B = nipOf(2);

/**
 * Every kind of import-format.md §2, in the order a new instansi fills them: each file is written, then
 * imported again (every row unchanged), and what was stored is checked.
 */
const KINDS: { kind: ImportKind; rows: Cellish[][]; stored: string; expected: unknown[] }[] = [
  {
    kind: 'unor',
    rows: [
      ['id', 'namaUnor', 'diatasanId', 'eselonId', 'namaJabatan'],
      ['U2', 'Bidang Mutasi', 'U1', 'III.a', 'Kepala Bidang'],
      ['U1', 'Badan Kepegawaian', null, '21', 'Kepala Badan'],
    ],
    stored: `select unor_id, nama, eselon, (select unor_id from unit p where p.id = u.parent_id) as induk,
                    array_length(string_to_array(trim(both '/' from path), '/'), 1) as kedalaman
             from unit u order by unor_id`,
    expected: [
      { unor_id: 'U1', nama: 'Badan Kepegawaian', eselon: 'II.a', induk: null, kedalaman: 1 },
      { unor_id: 'U2', nama: 'Bidang Mutasi', eselon: 'III.a', induk: 'U1', kedalaman: 2 },
    ],
  },
  {
    kind: 'pegawai',
    rows: [
      [...PEGAWAI_HEADER, 'unorId'],
      [...pegawaiRow(1), 'U2'],
      [B, 'Siti', null, 'P', 'PPPK', 'Aktif', 'IX', 'D-III', 4, 'Pengadministrasi Umum', null, null, 'U1'],
    ],
    stored: `select e.nip, e.jenis_pegawai, e.golongan, e.pendidikan, e.jenjang, e.tgl_lahir::text, u.unor_id
             from employee e left join unit u on u.id = e.unit_id order by e.nip`,
    expected: [
      {
        nip: A,
        jenis_pegawai: 'PNS',
        golongan: 'III/c',
        pendidikan: 'S1',
        jenjang: 'FUNGSIONAL_AHLI_MUDA',
        tgl_lahir: `${A.slice(0, 4)}-${A.slice(4, 6)}-${A.slice(6, 8)}`,
        unor_id: 'U2',
      },
      {
        nip: B,
        jenis_pegawai: 'PPPK',
        golongan: 'IX',
        pendidikan: 'D3',
        jenjang: 'PELAKSANA',
        tgl_lahir: null,
        unor_id: 'U1',
      },
    ].sort((x, y) => x.nip.localeCompare(y.nip)),
  },
  {
    kind: 'riwayat-jabatan',
    rows: [
      ['nipBaru', 'jabatanNama', 'jenisJabatanId', 'eselon', 'tmtJabatan', 'unorNama'],
      [A, 'Kepala Seksi Mutasi', 1, 'IV.a', '01-01-2015', 'Bidang Mutasi'],
      [A, 'Analis Kepegawaian Ahli Pertama', 2, null, '2012-03-01', null],
    ],
    stored: `select jabatan_nama, jenjang, tmt_jabatan::text from position_history order by tmt_jabatan`,
    expected: [
      {
        jabatan_nama: 'Analis Kepegawaian Ahli Pertama',
        jenjang: 'FUNGSIONAL_AHLI_PERTAMA',
        tmt_jabatan: '2012-03-01',
      },
      { jabatan_nama: 'Kepala Seksi Mutasi', jenjang: 'PENGAWAS', tmt_jabatan: '2015-01-01' },
    ],
  },
  {
    kind: 'jabatan',
    rows: [
      [
        'kode',
        'nama',
        'unorId',
        'jenjang',
        'jabatanKunci',
        'alasanKritikal',
        'nipPemangku',
        ...COMPETENCY_KEYS,
      ],
      [
        'J-1',
        'Kepala Bidang Mutasi',
        'U2',
        'Administrator',
        'ya',
        'Strategis',
        A,
        ...COMPETENCY_KEYS.map(() => '3,5'),
      ],
      [
        'J-2',
        'Analis SDM Aparatur Ahli Muda',
        'U2',
        'FUNGSIONAL_AHLI_MUDA',
        'tidak',
        null,
        null,
        ...COMPETENCY_KEYS.map(() => null),
      ],
    ],
    stored: `select p.kode, p.jenjang, p.is_key, p.standar_kompetensi->>'integritas' as integritas,
                    (select nip from employee e where e.position_id = p.id) as pemangku
             from position p order by kode`,
    expected: [
      { kode: 'J-1', jenjang: 'ADMINISTRATOR', is_key: true, integritas: '3.5', pemangku: A },
      { kode: 'J-2', jenjang: 'FUNGSIONAL_AHLI_MUDA', is_key: false, integritas: null, pemangku: null },
    ],
  },
  {
    kind: 'skp',
    rows: [
      ['nipBaru', 'tahun', 'hasilKinerja', 'perilakuKerja', 'kuadranKinerja'],
      [A, 2025, 'DIATAS EKSPEKTASI', 'Di Atas Ekspektasi', null],
      [A, 2024, 'sesuai ekspektasi', 'SESUAI_EKSPEKTASI', 'Kurang/Misconduct'],
    ],
    stored: `select tahun, predikat, predikat_derived from skp order by tahun`,
    expected: [
      { tahun: 2024, predikat: 'KURANG', predikat_derived: 0 },
      { tahun: 2025, predikat: 'SANGAT_BAIK', predikat_derived: 1 },
    ],
  },
  {
    kind: 'kompetensi',
    rows: [
      ['nipBaru', 'tanggal', 'lembaga', ...COMPETENCY_KEYS, 'jpm'],
      [A, '10-05-2024', 'UPT Penilaian', ...COMPETENCY_KEYS.map((_, i) => (i === 0 ? '3,25' : 3)), 91.5],
    ],
    stored: `select tanggal::text, integritas::float8 as integritas, kerjasama::float8 as kerjasama, jpm::float8 as jpm
             from competency_assessment`,
    expected: [{ tanggal: '2024-05-10', integritas: 3.25, kerjasama: 3, jpm: 91.5 }],
  },
  {
    kind: 'potensi',
    rows: [
      ['nipBaru', 'tanggal', 'total', ...POTENTIAL_DIMENSION_KEYS],
      [A, '2024-05-10', 78, ...POTENTIAL_DIMENSION_KEYS.map(() => null)],
      [A, '2023-01-02', null, ...POTENTIAL_DIMENSION_KEYS.map(() => 4)],
    ],
    stored: `select tanggal::text, total::float8 as total, intelektual::float8 as intelektual
             from potential_assessment order by tanggal`,
    expected: [
      { tanggal: '2023-01-02', total: null, intelektual: 4 },
      { tanggal: '2024-05-10', total: 78, intelektual: null },
    ],
  },
  {
    kind: 'hukdis',
    rows: [
      ['nipBaru', 'tingkat', 'jenis', 'nomorSk', 'tanggalSk', 'tmtMulai', 'tmtSelesai'],
      [A, 'Ringan', 'Teguran lisan', '800/12/BKD', '02-02-2024', '02-02-2024', null],
      [A, 'SEDANG', null, null, '03-03-2023', null, null],
    ],
    stored: `select tingkat, kunci from sanction order by tanggal_sk`,
    expected: [
      { tingkat: 'SEDANG', kunci: '2023-03-03' },
      { tingkat: 'RINGAN', kunci: '800/12/BKD' },
    ],
  },
  {
    kind: 'diklat',
    rows: [
      ['nipBaru', 'nama', 'tanggalMulai', 'tanggalSelesai', 'jp', 'jenis', 'penyelenggara', 'biaya'],
      [
        A,
        'Pelatihan Kepemimpinan Pengawas',
        '01-03-2025',
        '30-04-2025',
        200,
        'Diklat Struktural',
        'BPSDM',
        'Rp 12.500.000',
      ],
    ],
    stored: `select nama, jp, biaya, tanggal_selesai::text from training`,
    expected: [
      { nama: 'Pelatihan Kepemimpinan Pengawas', jp: 200, biaya: 12_500_000, tanggal_selesai: '2025-04-30' },
    ],
  },
];

describeDb('import of every kind', (database) => {
  const db = () => database().db;
  beforeAll(async () => {
    await createInstansi(db(), 'uji');
  });

  for (const c of KINDS) {
    it(`${c.kind}: creates every row, stores it normalised, and reports every row unchanged the second time`, async () => {
      const n = c.rows.length - 1;
      const first = await importRows(db(), c.kind, c.rows);
      expect(first.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(first).toMatchObject({
        rowsRead: n,
        created: n,
        updated: 0,
        unchanged: 0,
        invalid: 0,
        written: true,
      });
      expect(await queryRows(db(), sql.raw(c.stored))).toEqual(c.expected);
      const again = await importRows(db(), c.kind, c.rows);
      expect(again).toMatchObject({ rowsRead: n, created: 0, updated: 0, unchanged: n, invalid: 0 });
    });
  }

  it('updates a changed row by its natural key and leaves the others unchanged', async () => {
    const rows = KINDS.find((k) => k.kind === 'skp')!.rows.map((r) => [...r]);
    rows[2]![4] = 'Baik';
    const summary = await importRows(db(), 'skp', rows);
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await queryRows(db(), sql`select predikat from skp where tahun = 2024`)).toEqual([
      { predikat: 'BAIK' },
    ]);
  });

  it('records each committed import in the audit chain, with counts and the file name only', async () => {
    const entries = await queryRows<{ action: string; after: Record<string, unknown> }>(
      db(),
      sql`select action, after from audit_log where action like 'import.%' order by seq`,
    );
    expect(entries.map((e) => e.action)).toContain('import.diklat');
    const diklat = entries.find((e) => e.action === 'import.diklat')!.after;
    expect(Object.keys(diklat).sort()).toEqual(
      [
        'created',
        'file',
        'format',
        'invalid',
        'rowsRead',
        'skipInvalid',
        'unchanged',
        'updated',
        'warnings',
      ].sort(),
    );
    expect(JSON.stringify(entries)).not.toContain(A);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});
