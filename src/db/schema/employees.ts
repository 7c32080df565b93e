import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { EDUCATION_CODES, JENJANG_CODES, inList } from './codes.js';
import { instansi, unit } from './instansi.js';
import { employeeOwnedColumns, ownedByEmployee } from './owned.js';
import { position } from './positions.js';

/**
 * Pegawai: an ASN (PNS or PPPK) as SIASN's `data-utama` describes them. The current position is both the
 * catalogue link (`positionId`, when known) and SIASN's own description (`jabatanNama`, `jenjang`, …), since
 * imports rarely carry a position code.
 */
export const employee = pgTable(
  'employee',
  {
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id),
    id: uuid('id').notNull().defaultRandom(),
    nip: text('nip').notNull(),
    nama: text('nama').notNull(),
    gelarDepan: text('gelar_depan'),
    gelarBelakang: text('gelar_belakang'),
    tglLahir: date('tgl_lahir'),
    /** L | P */
    jenisKelamin: text('jenis_kelamin'),
    /** PNS | PPPK */
    jenisPegawai: text('jenis_pegawai').notNull(),
    /** SIASN's kedudukan hukum, as given ("Aktif", "CPNS", "Pensiun", …). */
    kedudukan: text('kedudukan'),
    /** Golongan ruang (`III/c`) for PNS, grade (`IX`) for PPPK. */
    golongan: text('golongan'),
    tmtGolongan: date('tmt_golongan'),
    pendidikan: text('pendidikan'),
    /** The education as SIASN wrote it, kept when it could not be normalised. */
    pendidikanNama: text('pendidikan_nama'),
    unitId: uuid('unit_id'),
    positionId: uuid('position_id'),
    jabatanNama: text('jabatan_nama').notNull(),
    /** SIASN jenisJabatanId: 1 structural, 2 functional, 4 pelaksana. */
    jenisJabatanId: smallint('jenis_jabatan_id'),
    eselon: text('eselon'),
    jenjang: text('jenjang').notNull(),
    tmtJabatan: date('tmt_jabatan'),
    tmtCpns: date('tmt_cpns'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('employee_nip_key').on(t.instansiId, t.nip),
    foreignKey({ columns: [t.instansiId, t.unitId], foreignColumns: [unit.instansiId, unit.id] }),
    foreignKey({ columns: [t.instansiId, t.positionId], foreignColumns: [position.instansiId, position.id] }),
    index('employee_unit_idx').on(t.instansiId, t.unitId),
    index('employee_position_idx').on(t.instansiId, t.positionId),
    // The employee list's default order (by name, NIP breaking ties): a page is an index range, not a sort.
    index('employee_nama_idx').on(t.instansiId, t.nama, t.nip),
    check('employee_jenis_pegawai_check', sql`${t.jenisPegawai} in ('PNS','PPPK')`),
    check('employee_jenis_kelamin_check', sql`${t.jenisKelamin} is null or ${t.jenisKelamin} in ('L','P')`),
    check('employee_jenjang_check', inList(t.jenjang, JENJANG_CODES)),
    check(
      'employee_pendidikan_check',
      sql`${t.pendidikan} is null or ${inList(t.pendidikan, EDUCATION_CODES)}`,
    ),
  ],
);

/** Riwayat jabatan (SIASN rw-jabatan). */
export const positionHistory = pgTable(
  'position_history',
  {
    ...employeeOwnedColumns(),
    jabatanNama: text('jabatan_nama').notNull(),
    jenisJabatanId: smallint('jenis_jabatan_id'),
    eselon: text('eselon'),
    jenjang: text('jenjang').notNull(),
    unorNama: text('unor_nama'),
    tmtJabatan: date('tmt_jabatan').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('position_history_key').on(t.instansiId, t.employeeId, t.tmtJabatan),
    ownedByEmployee(t),
    check('position_history_jenjang_check', inList(t.jenjang, JENJANG_CODES)),
  ],
);

/** Riwayat golongan (SIASN rw-golongan). */
export const rankHistory = pgTable(
  'rank_history',
  {
    ...employeeOwnedColumns(),
    golongan: text('golongan').notNull(),
    tmtGolongan: date('tmt_golongan').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('rank_history_key').on(t.instansiId, t.employeeId, t.tmtGolongan),
    ownedByEmployee(t),
  ],
);

/** Riwayat pendidikan (SIASN rw-pendidikan). */
export const education = pgTable(
  'education',
  {
    ...employeeOwnedColumns(),
    tingkat: text('tingkat').notNull(),
    nama: text('nama'),
    tahunLulus: smallint('tahun_lulus').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('education_key').on(t.instansiId, t.employeeId, t.tingkat, t.tahunLulus),
    ownedByEmployee(t),
    check('education_tingkat_check', inList(t.tingkat, EDUCATION_CODES)),
  ],
);

/** Diklat / kursus with lesson hours (JP) and cost (SIASN rw-diklat, rw-kursus). */
export const training = pgTable(
  'training',
  {
    ...employeeOwnedColumns(),
    nama: text('nama').notNull(),
    jenis: text('jenis'),
    penyelenggara: text('penyelenggara'),
    tanggalMulai: date('tanggal_mulai').notNull(),
    tanggalSelesai: date('tanggal_selesai'),
    jp: integer('jp').notNull(),
    /** Rupiah. */
    biaya: integer('biaya'),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('training_key').on(t.instansiId, t.employeeId, t.nama, t.tanggalMulai),
    ownedByEmployee(t),
    index('training_year_idx').on(t.instansiId, t.tanggalSelesai),
    check('training_jp_check', sql`${t.jp} >= 0`),
  ],
);

/** Hukuman disiplin (PP 94/2021; SIASN rw-hukdis). `kunci` is nomorSk, or tanggalSk when there is none. */
export const sanction = pgTable(
  'sanction',
  {
    ...employeeOwnedColumns(),
    tingkat: text('tingkat').notNull(),
    jenis: text('jenis'),
    nomorSk: text('nomor_sk'),
    tanggalSk: date('tanggal_sk').notNull(),
    tmtMulai: date('tmt_mulai'),
    tmtSelesai: date('tmt_selesai'),
    kunci: text('kunci').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('sanction_key').on(t.instansiId, t.employeeId, t.kunci),
    ownedByEmployee(t),
    check('sanction_tingkat_check', sql`${t.tingkat} in ('RINGAN','SEDANG','BERAT')`),
  ],
);

/** Penghargaan (SIASN rw-penghargaan). */
export const award = pgTable(
  'award',
  {
    ...employeeOwnedColumns(),
    nama: text('nama').notNull(),
    tahun: smallint('tahun').notNull(),
    nomorSk: text('nomor_sk'),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('award_key').on(t.instansiId, t.employeeId, t.nama, t.tahun),
    ownedByEmployee(t),
  ],
);
