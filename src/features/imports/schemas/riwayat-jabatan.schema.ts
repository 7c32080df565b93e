import { z } from 'zod';
import { jenjangOf } from '../cross-checks.js';
import { date, eselon, jenisJabatanId, jenjang, nipDigits, opt, req, text } from '../fields.js';
import type { ColumnDef } from '../headers.js';
import type { FieldIssue } from '../import-types.js';

/** `riwayat-jabatan` (SIASN rw-jabatan), import-format.md §2. Key: nipBaru, tmtJabatan. */
export const RIWAYAT_JABATAN_COLUMNS: readonly ColumnDef[] = [
  { name: 'nipBaru', required: true, aliases: ['nip'] },
  { name: 'jabatanNama', required: true },
  { name: 'jenisJabatanId' },
  { name: 'eselon' },
  { name: 'jenjang' },
  { name: 'unorNama' },
  { name: 'tmtJabatan', required: true },
];

export const riwayatJabatanSchema = z
  .object({
    nipBaru: req(nipDigits),
    jabatanNama: req(text),
    jenisJabatanId: opt(jenisJabatanId),
    eselon: opt(eselon),
    jenjang: opt(jenjang),
    unorNama: opt(text),
    tmtJabatan: req(date),
  })
  .transform((r, ctx) => {
    const level = jenjangOf(ctx, r);
    if (level === null) return z.NEVER;
    return { ...r, nip: r.nipBaru, jenjang: level, warnings: [] as FieldIssue[] };
  });

export type RiwayatJabatanRow = z.output<typeof riwayatJabatanSchema>;
