import { z } from 'zod';
import { ROLES } from '../auth/policies/roles.js';

/** Lower-case letters, digits, dot, underscore and hyphen; 3–64 characters (matches the table's check). */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,63}$/,
    'Nama pengguna: 3–64 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.',
  );

export const newUserSchema = z.object({
  username: usernameSchema,
  role: z.enum(ROLES, { message: `Peran: salah satu dari ${ROLES.join(', ')}.` }),
  instansiKode: z.string().min(1).max(32),
  unorId: z.string().min(1).max(64).optional(),
  nip: z
    .string()
    .regex(/^\d{18}$/, 'NIP harus 18 angka.')
    .optional(),
  nama: z.string().trim().min(1).max(200).optional(),
});
export type NewUser = z.infer<typeof newUserSchema>;
