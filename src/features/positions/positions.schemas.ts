import { z } from 'zod';
import { JENJANG_CODES } from '../../domain/codes.js';

export const kodeParams = z.object({ kode: z.string().min(1).max(32) });
export const jabatanParams = kodeParams.extend({ jabatan: z.string().min(1).max(64) });

/** Filters and paging of the position register (docs/API.md, "Positions"). */
export const positionListQuery = z.object({
  cari: z
    .string()
    .trim()
    .max(100, 'Kata pencarian paling panjang 100 huruf.')
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  jenjang: z.enum(JENJANG_CODES, { message: 'Jenjang tidak dikenal.' }).optional(),
  kunci: z
    .enum(['true', 'false'], { message: 'Filter kunci: isi true atau false.' })
    .transform((v) => v === 'true')
    .optional(),
  unit: z.string().min(1).max(64).optional(),
  halaman: z.coerce.number().int().min(1).max(100_000).default(1),
  ukuran: z.coerce.number().int().min(1).max(200).default(50),
});

/** The reason is checked by the service (length, with an Indonesian message); here only its type. */
export const keyStatusBody = z.object({
  kunci: z.boolean({ message: 'kunci: isi true (tetapkan) atau false (cabut).' }),
  alasan: z.string().max(10_000).optional(),
});

export const positionItemSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  jenjang: z.string(),
  eselon: z.string().nullable(),
  unorNama: z.string(),
  minGolongan: z.string().nullable(),
  minPendidikan: z.string().nullable(),
  kunci: z.boolean(),
  alasanKritikal: z.string().nullable(),
  /** Whether its job level allows it to be key (rules.md §6): the UI offers the action only then. */
  dapatDitetapkanKunci: z.boolean(),
  pemangku: z.object({ nipBaru: z.string(), nama: z.string() }).nullable(),
  diperbarui: z.string(),
});

export const positionPageSchema = z.object({
  items: z.array(positionItemSchema),
  halaman: z.number().int(),
  ukuran: z.number().int(),
  total: z.number().int(),
});
