import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { createEmployee, createInstansi, createUnit } from '../../../test/factories.js';
import { importRows } from '../../../test/import-files.js';
import { A, UNKNOWN, rowsOf, type Case } from '../../../test/import-fixtures.js';

/** Every class of row error: kind, changed cells, code, column, and the sentence (or a pattern of it). */
const ERRORS: Case[] = [
  ['pegawai', { nama: null }, 'WAJIB_DIISI', 'nama', 'Baris 2, kolom nama: kosong, padahal wajib diisi.'],
  [
    'pegawai',
    { tglLahir: '31-02-1985' },
    'TANGGAL_TIDAK_ADA',
    'tglLahir',
    'Baris 2, kolom tglLahir: "31-02-1985" bukan tanggal yang ada. Tulis DD-MM-YYYY, mis. 28-02-1985.',
  ],
  [
    'pegawai',
    { tglLahir: '1985/06/15' },
    'TANGGAL_TIDAK_DIKENALI',
    'tglLahir',
    /"1985\/06\/15" bukan tanggal yang dikenali\. Tulis DD-MM-YYYY/,
  ],
  [
    'pegawai',
    { nipBaru: '12345' },
    'NIP_BUKAN_18_DIGIT',
    'nipBaru',
    'Baris 2, kolom nipBaru: "12345" bukan NIP: harus tepat 18 digit angka.',
  ],
  [
    'pegawai',
    { nipBaru: '198502312010031001' },
    'NIP_TGL_LAHIR_TIDAK_VALID',
    'nipBaru',
    /bukan tanggal yang ada\. Bila pegawai ini PPPK, isi jenisPegawai = PPPK\./,
  ],
  [
    'pegawai',
    { nipBaru: '198506152010033001' },
    'NIP_JENIS_KELAMIN_TIDAK_VALID',
    'nipBaru',
    /digit ke-15\) harus 1 \(laki-laki\) atau 2/,
  ],
  ['pegawai', { nipBaru: '198506152010001001' }, 'NIP_TMT_CPNS_TIDAK_VALID', 'nipBaru', /TMT CPNS/],
  [
    'pegawai',
    { jenisKelamin: 'X' },
    'JENIS_KELAMIN_TIDAK_DIKENALI',
    'jenisKelamin',
    /"X" bukan jenis kelamin yang dikenali\. Isi L atau P/,
  ],
  [
    'pegawai',
    { jenisPegawai: 'Honorer' },
    'JENIS_PEGAWAI_TIDAK_DIKENALI',
    'jenisPegawai',
    /Isi PNS atau PPPK/,
  ],
  [
    'pegawai',
    { golRuangAkhir: 'III/f' },
    'GOLONGAN_TIDAK_DIKENALI',
    'golRuangAkhir',
    /"III\/f" bukan golongan ruang PNS/,
  ],
  [
    'pegawai',
    { jenisPegawai: 'PPPK', golRuangAkhir: 'XX' },
    'GOLONGAN_TIDAK_DIKENALI',
    'golRuangAkhir',
    /"XX" bukan golongan PPPK\. Tulis I sampai XVII/,
  ],
  ['pegawai', { eselon: 'VI.c' }, 'ESELON_TIDAK_DIKENALI', 'eselon', /"VI\.c" bukan eselon/],
  ['pegawai', { jenjang: 'Eselon dua' }, 'JENJANG_TIDAK_DIKENALI', 'jenjang', /bukan jenjang jabatan/],
  [
    'pegawai',
    { jenisJabatanId: 3 },
    'JENIS_JABATAN_TIDAK_DIKENAL',
    'jenisJabatanId',
    /Isi 1 \(struktural\), 2 \(fungsional\), atau 4/,
  ],
  [
    'pegawai',
    { jabatanNama: 'Analis Kebijakan' },
    'JABATAN_FUNGSIONAL_TANPA_JENJANG',
    'jabatanNama',
    /tidak menyebut jenjang/,
  ],
  [
    'pegawai',
    { jenisJabatanId: null, jabatanNama: 'Staf' },
    'JENIS_JABATAN_TIDAK_DIKETAHUI',
    'jenisJabatanId',
    /isi kolom jenisJabatanId/,
  ],
  [
    'riwayat-jabatan',
    { nipBaru: UNKNOWN },
    'PEGAWAI_TIDAK_DITEMUKAN',
    'nipBaru',
    /tidak ada di data pegawai instansi ini \(PEGAWAI_TIDAK_DITEMUKAN\)/,
  ],
  ['riwayat-jabatan', { tmtJabatan: null }, 'WAJIB_DIISI', 'tmtJabatan', /kosong, padahal wajib diisi/],
  [
    'jabatan',
    { unorId: 'U404' },
    'UNOR_TIDAK_DITEMUKAN',
    'unorId',
    /"U404" tidak ada di data unit instansi ini/,
  ],
  ['jabatan', { nipPemangku: UNKNOWN }, 'PEGAWAI_TIDAK_DITEMUKAN', 'nipPemangku', /PEGAWAI_TIDAK_DITEMUKAN/],
  ['jabatan', { integritas: 3 }, 'STANDAR_KOMPETENSI_TIDAK_LENGKAP', 'kerjasama', /Isi kesembilan standar/],
  ['jabatan', { jabatanKunci: 'mungkin' }, 'YA_TIDAK_TIDAK_DIKENALI', 'jabatanKunci', /Isi ya atau tidak/],
  [
    'jabatan',
    { jenjang: 'Ahli Muda', jabatanKunci: 'ya' },
    'JABATAN_KUNCI_BUKAN_STRUKTURAL',
    'jabatanKunci',
    'Baris 2, kolom jabatanKunci: "ya", padahal jenjang Fungsional Ahli Muda tidak dapat menjadi jabatan kunci: hanya jabatan struktural (JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas). Isi "tidak", atau perbaiki jenjang.',
  ],
  [
    'jabatan',
    { pendidikanMinimal: 'Paket C' },
    'PENDIDIKAN_TIDAK_DIKENALI',
    'pendidikanMinimal',
    /bukan tingkat pendidikan/,
  ],
  [
    'jabatan',
    { pangkatMinimal: 'V/a' },
    'GOLONGAN_TIDAK_DIKENALI',
    'pangkatMinimal',
    /bukan golongan ruang PNS/,
  ],
  [
    'skp',
    { hasilKinerja: 'baik sekali' },
    'RATING_TIDAK_DIKENALI',
    'hasilKinerja',
    /Isi Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi/,
  ],
  [
    'skp',
    { kuadranKinerja: 'Luar Biasa' },
    'PREDIKAT_TIDAK_DIKENALI',
    'kuadranKinerja',
    /bukan predikat kinerja/,
  ],
  ['skp', { tahun: 'dua ribu' }, 'BUKAN_BILANGAN_BULAT', 'tahun', /bukan bilangan bulat/],
  ['skp', { tahun: 1800 }, 'DI_LUAR_RENTANG', 'tahun', /"1800" di luar rentang 1950–2100/],
  ['kompetensi', { integritas: 6 }, 'DI_LUAR_RENTANG', 'integritas', /"6" di luar rentang 1–5/],
  [
    'kompetensi',
    { kerjasama: 'tiga' },
    'BUKAN_ANGKA',
    'kerjasama',
    /bukan angka\. Tulis angka 1–5; desimal boleh/,
  ],
  ['potensi', { total: null }, 'NILAI_POTENSI_TIDAK_ADA', 'total', /Isi total \(0–100\) atau nilai dimensi/],
  ['potensi', { total: 120 }, 'DI_LUAR_RENTANG', 'total', /di luar rentang 0–100/],
  ['hukdis', { tingkat: 'teguran' }, 'TINGKAT_TIDAK_DIKENALI', 'tingkat', /Isi RINGAN, SEDANG, atau BERAT/],
  [
    'hukdis',
    { tmtMulai: '01-03-2025', tmtSelesai: '01-02-2025' },
    'TANGGAL_TERBALIK',
    'tmtSelesai',
    /mendahului tmtMulai/,
  ],
  ['diklat', { jp: '20,5' }, 'BUKAN_BILANGAN_BULAT', 'jp', /bukan bilangan bulat/],
  ['diklat', { biaya: '3.000.000.000' }, 'DI_LUAR_RENTANG', 'biaya', /di luar rentang/],
  [
    'diklat',
    { tanggalSelesai: '01-01-2025' },
    'TANGGAL_TERBALIK',
    'tanggalSelesai',
    /mendahului tanggalMulai/,
  ],
  [
    'unor',
    { diatasanId: 'U404' },
    'UNOR_INDUK_TIDAK_DITEMUKAN',
    'diatasanId',
    /kosongkan untuk unit teratas/,
  ],
];

describeDb('import row errors', (database) => {
  const db = () => database().db;
  beforeAll(async () => {
    const inst = await createInstansi(db(), 'uji');
    await db().execute(
      sql`insert into unit (instansi_id, unor_id, nama, path) values (${inst.id}, 'U1', 'Dinas', '/x/')`,
    );
    await createUnit(db(), inst.id);
    await createEmployee(db(), inst.id, { nip: A });
  });

  describe('each invalid row is named by row, column, value and what to write instead', () => {
    it.each(ERRORS)('%s %j → %s', async (kind, change, code, column, text) => {
      const s = await importRows(db(), kind, rowsOf(kind, change));
      expect(s).toMatchObject({ rowsRead: 1, invalid: 1, created: 0, written: false });
      const error = s.issues.find((i) => i.severity === 'error');
      expect(error).toMatchObject({ row: 2, code, column });
      if (typeof text === 'string') expect(error?.text).toBe(text);
      else expect(error?.text).toMatch(text);
      expect(error?.text.startsWith(`Baris 2${column ? `, kolom ${column}` : ''}: `)).toBe(true);
    });
  });
});
