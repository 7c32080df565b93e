import { z } from 'zod';
import { JENJANG_CODES } from '../../domain/codes.js';
import { EMPLOYEE_SORTS } from './employee-list.repository.js';

export const kodeParams = z.object({ kode: z.string().min(1).max(32) });
export const nipParams = kodeParams.extend({ nip: z.string().regex(/^\d{18}$/, 'NIP harus 18 angka.') });
export const year = z.coerce.number().int().min(2000).max(2100);

const sortValues = EMPLOYEE_SORTS.flatMap((s) => [s, `-${s}`] as const);

/** Filters shared by the employee list, the people of a box and the downloads. */
export const peopleFilterSchema = z.object({
  cari: z
    .string()
    .trim()
    .max(100, 'Kata pencarian paling panjang 100 huruf.')
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  unit: z.string().min(1).max(64).optional(),
  jenjang: z.enum(JENJANG_CODES, { message: 'Jenjang tidak dikenal.' }).optional(),
  periode: year.optional(),
});

export const pagingSchema = z.object({
  halaman: z.coerce.number().int().min(1).max(100_000).default(1),
  ukuran: z.coerce.number().int().min(1).max(200).default(50),
  urut: z
    .enum(sortValues as [string, ...string[]], { message: `Urutan: ${sortValues.join(', ')}.` })
    .default('nama'),
});

export const employeeListQuery = peopleFilterSchema.extend(pagingSchema.shape).extend({
  kotak: z.coerce.number().int().min(0, 'Kotak 1–9, atau 0 untuk yang tidak dipetakan.').max(9).optional(),
});

export const employeeItemSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  jenisPegawai: z.string(),
  kedudukan: z.string().nullable(),
  golongan: z.string().nullable(),
  jabatan: z.string(),
  jenjang: z.string(),
  unit: z.object({ id: z.string(), nama: z.string() }).nullable(),
  kotak: z.number().int().nullable(),
  statusPemetaan: z.enum(['DIPETAKAN', 'TIDAK_DIPETAKAN']).nullable(),
  nilaiKinerja: z.number().nullable(),
  nilaiPotensial: z.number().nullable(),
});

export const runRefSchema = z.object({ runId: z.string(), periode: z.number().int() }).nullable();

export const employeePageSchema = z.object({
  items: z.array(employeeItemSchema),
  halaman: z.number().int(),
  ukuran: z.number().int(),
  total: z.number().int(),
  pemetaan: runRefSchema,
});
