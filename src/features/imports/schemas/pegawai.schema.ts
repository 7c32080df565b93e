import { z } from 'zod';
import { checkEmployeeNumber, jenjangOf, nipRecordWarnings } from '../cross-checks.js';
import {
  addIssue,
  date,
  employmentType,
  eselon,
  jenisJabatanId,
  jenjang,
  nipDigits,
  opt,
  quote,
  req,
  sex,
  text,
} from '../fields.js';
import type { ColumnDef } from '../headers.js';
import type { FieldIssue } from '../import-types.js';
import { normalizeEducation, normalizeGolongan } from '../normalize.js';

/** `pegawai` (SIASN data-utama), import-format.md §2. Key: nipBaru. */
export const PEGAWAI_COLUMNS: readonly ColumnDef[] = [
  { name: 'nipBaru', required: true, aliases: ['nip'] },
  { name: 'nama', required: true },
  { name: 'gelarDepan' },
  { name: 'gelarBelakang' },
  { name: 'tglLahir' },
  { name: 'jenisKelamin' },
  { name: 'jenisPegawai' },
  { name: 'kedudukanPns' },
  { name: 'golRuangAkhir' },
  { name: 'tmtGolAkhir' },
  { name: 'pendidikanTerakhir' },
  { name: 'unorId' },
  { name: 'unorNama' },
  { name: 'jenisJabatanId' },
  { name: 'jabatanNama', required: true },
  { name: 'eselon' },
  { name: 'jenjang' },
  { name: 'tmtJabatan' },
  { name: 'tmtCpns' },
];

export const pegawaiSchema = z
  .object({
    nipBaru: req(nipDigits),
    nama: req(text),
    gelarDepan: opt(text),
    gelarBelakang: opt(text),
    tglLahir: opt(date),
    jenisKelamin: opt(sex),
    jenisPegawai: opt(employmentType),
    kedudukanPns: opt(text),
    golRuangAkhir: opt(text),
    tmtGolAkhir: opt(date),
    pendidikanTerakhir: opt(text),
    unorId: opt(text),
    unorNama: opt(text),
    jenisJabatanId: opt(jenisJabatanId),
    jabatanNama: req(text),
    eselon: opt(eselon),
    jenjang: opt(jenjang),
    tmtJabatan: opt(date),
    tmtCpns: opt(date),
  })
  .transform((r, ctx) => {
    const type = r.jenisPegawai ?? 'PNS';
    const warnings: FieldIssue[] = [];
    const nipOk = checkEmployeeNumber(ctx, r.nipBaru, type);
    if (nipOk && type === 'PNS') warnings.push(...nipRecordWarnings(r.nipBaru, r.tglLahir, r.jenisKelamin));

    const golongan = r.golRuangAkhir === null ? null : normalizeGolongan(r.golRuangAkhir, type);
    if (r.golRuangAkhir !== null && golongan === null) {
      addIssue(ctx, {
        column: 'golRuangAkhir',
        code: 'GOLONGAN_TIDAK_DIKENALI',
        message:
          type === 'PPPK'
            ? `${quote(r.golRuangAkhir)} bukan golongan PPPK. Tulis I sampai XVII, mis. IX.`
            : `${quote(r.golRuangAkhir)} bukan golongan ruang PNS. Tulis seperti III/c (I/a sampai IV/e).`,
      });
    }

    const pendidikan = r.pendidikanTerakhir === null ? null : normalizeEducation(r.pendidikanTerakhir);
    if (r.pendidikanTerakhir !== null && pendidikan === null) {
      warnings.push({
        column: 'pendidikanTerakhir',
        code: 'PENDIDIKAN_TIDAK_DIKETAHUI',
        message: `${quote(r.pendidikanTerakhir)} bukan tingkat pendidikan yang dikenali (SD, SMP, SMA, D1–D4, S1–S3); disimpan sebagai teks dan dianggap tidak diketahui.`,
      });
    }
    const level = jenjangOf(ctx, r);
    if (level === null) return z.NEVER;
    return {
      nip: r.nipBaru,
      nama: r.nama,
      gelarDepan: r.gelarDepan,
      gelarBelakang: r.gelarBelakang,
      tglLahir: r.tglLahir,
      jenisKelamin: r.jenisKelamin,
      jenisPegawai: type,
      kedudukan: r.kedudukanPns,
      golongan,
      tmtGolongan: r.tmtGolAkhir,
      pendidikan,
      pendidikanNama: pendidikan === null ? r.pendidikanTerakhir : null,
      unorId: r.unorId,
      jenisJabatanId: r.jenisJabatanId,
      jabatanNama: r.jabatanNama,
      eselon: r.eselon,
      jenjang: level,
      tmtJabatan: r.tmtJabatan,
      tmtCpns: r.tmtCpns,
      warnings,
    };
  });

export type PegawaiRow = z.output<typeof pegawaiSchema>;
