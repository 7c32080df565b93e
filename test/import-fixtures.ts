import { expect } from 'vitest';
import { COMPETENCY_KEYS } from '../src/domain/competency.js';
import type { ImportKind } from '../src/features/imports/import-types.js';
import { birthOf, nipOf, type Cellish } from './import-files.js';

/** Rows for the tables of import error and warning tests. */
export const A = nipOf(1);
export const UNKNOWN = nipOf(99);

/** A valid row of each kind; a case changes one or two cells. */
export const BASE: Record<ImportKind, Record<string, Cellish>> = {
  unor: { id: 'U9', namaUnor: 'Seksi Baru', diatasanId: 'U1' },
  pegawai: {
    nipBaru: A,
    nama: 'Budi',
    tglLahir: birthOf(1),
    jenisKelamin: 'L',
    jenisPegawai: 'PNS',
    golRuangAkhir: 'III/c',
    jenisJabatanId: 2,
    jabatanNama: 'Analis Kebijakan Ahli Muda',
  },
  'riwayat-jabatan': {
    nipBaru: A,
    jabatanNama: 'Pengadministrasi Umum',
    jenisJabatanId: 4,
    tmtJabatan: '01-01-2010',
  },
  jabatan: { kode: 'J-9', nama: 'Kepala Seksi', unorId: 'U1', jenjang: 'PENGAWAS', jabatanKunci: 'tidak' },
  skp: { nipBaru: A, tahun: 2025, hasilKinerja: 'Sesuai Ekspektasi', perilakuKerja: 'Sesuai Ekspektasi' },
  kompetensi: {
    nipBaru: A,
    tanggal: '01-02-2025',
    ...Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, 3])),
  },
  potensi: { nipBaru: A, tanggal: '01-02-2025', total: 80 },
  hukdis: { nipBaru: A, tingkat: 'RINGAN', nomorSk: 'SK-1', tanggalSk: '01-02-2025' },
  diklat: { nipBaru: A, nama: 'Pelatihan Dasar', tanggalMulai: '01-02-2025', jp: 20 },
};

export type Case = [ImportKind, Record<string, Cellish>, string, string | null, string | RegExp];

/** A file of one row: the kind's valid row with `change` applied. */
export function rowsOf(kind: ImportKind, change: Record<string, Cellish>): Cellish[][] {
  const row = { ...BASE[kind], ...change };
  return [Object.keys(row), Object.values(row)];
}

/** An expectation on an issue's text: exactly the sentence, or matching the pattern. */
export function textLike(text: string | RegExp): unknown {
  return typeof text === 'string' ? text : expect.stringMatching(text);
}
