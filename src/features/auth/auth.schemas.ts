import { z } from 'zod';
import { ROLES } from './policies/roles.js';

export const signInBodySchema = z.object({
  namaPengguna: z.string().trim().min(1, 'Isi nama pengguna.').max(64),
  kataSandi: z.string().min(1, 'Isi kata sandi.').max(256),
});

export const changePasswordBodySchema = z.object({
  kataSandiLama: z.string().min(1).max(256),
  kataSandiBaru: z.string().min(1).max(256),
});

/** Who is signed in, as the web app needs it: no ids, no scope internals. */
export const sessionUserSchema = z.object({
  namaPengguna: z.string(),
  nama: z.string().nullable(),
  peran: z.enum(ROLES),
  instansiKode: z.string(),
  /** Sees the province's kabupaten/kota too. */
  seProvinsi: z.boolean(),
  terbatasUnit: z.boolean(),
});

export const sessionResponseSchema = z.object({
  pengguna: sessionUserSchema.nullable(),
  csrfToken: z.string().nullable(),
  berakhir: z.string().nullable(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
