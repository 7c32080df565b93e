import { z } from 'zod';

export const INSTANSI_JENIS = ['PROVINSI', 'KABUPATEN', 'KOTA', 'KEMENTERIAN', 'LEMBAGA'] as const;

/** Input of `talenta instansi add` and of the API that will create an instansi. */
export const newInstansiSchema = z.object({
  kode: z
    .string()
    .regex(
      /^[A-Za-z0-9._-]{1,32}$/,
      'Kode instansi: 1–32 huruf, angka, titik, garis bawah atau tanda hubung.',
    ),
  nama: z.string().trim().min(3, 'Nama instansi minimal 3 huruf.').max(200),
  jenis: z.enum(INSTANSI_JENIS, { message: `Jenis instansi: salah satu dari ${INSTANSI_JENIS.join(', ')}.` }),
  indukKode: z.string().optional(),
});
export type NewInstansi = z.infer<typeof newInstansiSchema>;

export const instansiSummarySchema = z.object({
  kode: z.string(),
  nama: z.string(),
  jenis: z.enum(INSTANSI_JENIS),
  indukKode: z.string().nullable(),
  jumlahPegawai: z.number().int(),
});
