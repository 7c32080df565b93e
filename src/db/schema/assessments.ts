import { sql } from 'drizzle-orm';
import { check, date, numeric, pgTable, primaryKey, smallint, text, unique } from 'drizzle-orm/pg-core';
import { PREDIKAT_CODES, RATING_CODES, inList } from './codes.js';
import { employeeOwnedColumns, ownedByEmployee } from './owned.js';

/** Level 1–5 with decimals (competency and potential dimensions). Numbers come back as JS numbers. */
const level = (name: string) => numeric(name, { precision: 4, scale: 2, mode: 'number' });

/**
 * Annual SKP result (PermenPANRB 6/2022; SIASN rw-skp22). `predikat` is the official one when the record
 * carried it, else derived from the two ratings (`predikatDerived`).
 */
export const skp = pgTable(
  'skp',
  {
    ...employeeOwnedColumns(),
    tahun: smallint('tahun').notNull(),
    hasilKerja: text('hasil_kerja').notNull(),
    perilakuKerja: text('perilaku_kerja').notNull(),
    predikat: text('predikat').notNull(),
    predikatDerived: smallint('predikat_derived').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('skp_key').on(t.instansiId, t.employeeId, t.tahun),
    ownedByEmployee(t),
    check('skp_hasil_check', inList(t.hasilKerja, RATING_CODES)),
    check('skp_perilaku_check', inList(t.perilakuKerja, RATING_CODES)),
    check('skp_predikat_check', inList(t.predikat, PREDIKAT_CODES)),
  ],
);

/** Managerial and socio-cultural competency assessment (PermenPANRB 38/2017; SIASN rw-kompetensi). */
export const competencyAssessment = pgTable(
  'competency_assessment',
  {
    ...employeeOwnedColumns(),
    tanggal: date('tanggal').notNull(),
    lembaga: text('lembaga'),
    integritas: level('integritas').notNull(),
    kerjasama: level('kerjasama').notNull(),
    komunikasi: level('komunikasi').notNull(),
    orientasiPadaHasil: level('orientasi_pada_hasil').notNull(),
    pelayananPublik: level('pelayanan_publik').notNull(),
    pengembanganDiriDanOrla: level('pengembangan_diri_dan_orla').notNull(),
    mengelolaPerubahan: level('mengelola_perubahan').notNull(),
    pengambilanKeputusan: level('pengambilan_keputusan').notNull(),
    perekatBangsa: level('perekat_bangsa').notNull(),
    /** As reported by the assessor; informational, the engine computes its own JPM. */
    jpm: numeric('jpm', { precision: 6, scale: 2, mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('competency_assessment_key').on(t.instansiId, t.employeeId, t.tanggal),
    ownedByEmployee(t),
  ],
);

/** Potential assessment: the 8 dimensions of PermenPANRB 20/2025 Art. 17 (1–5) and/or a 0–100 total. */
export const potentialAssessment = pgTable(
  'potential_assessment',
  {
    ...employeeOwnedColumns(),
    tanggal: date('tanggal').notNull(),
    lembaga: text('lembaga'),
    total: numeric('total', { precision: 5, scale: 2, mode: 'number' }),
    intelektual: level('intelektual'),
    interpersonal: level('interpersonal'),
    kesadaranDiri: level('kesadaran_diri'),
    berfikirKritis: level('berfikir_kritis'),
    pemecahanMasalah: level('pemecahan_masalah'),
    kecerdasanEmosional: level('kecerdasan_emosional'),
    growthMindset: level('growth_mindset'),
    motivasiKomitmen: level('motivasi_komitmen'),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    unique('potential_assessment_key').on(t.instansiId, t.employeeId, t.tanggal),
    ownedByEmployee(t),
    check('potential_total_check', sql`${t.total} is null or (${t.total} >= 0 and ${t.total} <= 100)`),
  ],
);
