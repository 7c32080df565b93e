import { z } from 'zod';
import { checkOrder } from '../cross-checks.js';
import { date, integer, nipDigits, opt, req, text } from '../fields.js';
import type { ColumnDef } from '../headers.js';
import type { FieldIssue } from '../import-types.js';

/** `diklat` (SIASN rw-diklat, rw-kursus), import-format.md §2. Key: nipBaru, nama, tanggalMulai. */
export const DIKLAT_COLUMNS: readonly ColumnDef[] = [
  { name: 'nipBaru', required: true, aliases: ['nip'] },
  { name: 'nama', required: true, aliases: ['namaDiklat', 'namaKursus'] },
  { name: 'tanggalMulai', required: true, aliases: ['tanggalKursus'] },
  { name: 'tanggalSelesai' },
  { name: 'jp', required: true, aliases: ['jumlahJam'] },
  { name: 'jenis' },
  { name: 'penyelenggara', aliases: ['institusiPenyelenggara'] },
  { name: 'biaya' },
];

export const diklatSchema = z
  .object({
    nipBaru: req(nipDigits),
    nama: req(text),
    tanggalMulai: req(date),
    tanggalSelesai: opt(date),
    jp: req(integer(0, 10_000, '20')),
    jenis: opt(text),
    penyelenggara: opt(text),
    // Rupiah in a 32-bit column.
    biaya: opt(integer(0, 2_147_483_647, '1.500.000')),
  })
  .transform(({ nipBaru, ...r }, ctx) => {
    checkOrder(ctx, r.tanggalMulai, r.tanggalSelesai, { start: 'tanggalMulai', end: 'tanggalSelesai' });
    return { ...r, nip: nipBaru, warnings: [] as FieldIssue[] };
  });

export type DiklatRow = z.output<typeof diklatSchema>;
