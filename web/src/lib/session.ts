import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, setCsrfToken } from './api-client.js';

/** The roles of product.md §1, as the server names them (src/features/auth/policies/roles.ts). */
export const ROLES = [
  'ADMIN_PROVINSI',
  'ADMIN_INSTANSI',
  'KOMITE_TALENTA',
  'PPK',
  'PIMPINAN_UNIT',
  'PEGAWAI',
  'AUDITOR',
] as const;
export type Role = (typeof ROLES)[number];

const userSchema = z.object({
  namaPengguna: z.string(),
  nama: z.string().nullable(),
  peran: z.enum(ROLES),
  instansiKode: z.string(),
  /** Sees the province's kabupaten/kota too (Admin Provinsi, a province's Auditor). */
  seProvinsi: z.boolean(),
  terbatasUnit: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const sessionSchema = z.object({
  pengguna: userSchema.nullable(),
  csrfToken: z.string().nullable(),
  berakhir: z.string().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

/** The session is shared by the shell and every feature: one query, read with `useUser`. */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async () => {
    const session = await apiGet('/api/auth/sesi', sessionSchema);
    setCsrfToken(session.csrfToken);
    return session;
  },
  staleTime: Infinity,
});

/** Stores a session the server just answered with (sign-in), so the shell sees it at once. */
export function storeSession(client: QueryClient, session: Session): void {
  setCsrfToken(session.csrfToken);
  client.setQueryData(sessionQuery.queryKey, session);
}

export async function signOut(client: QueryClient): Promise<void> {
  await apiSend('POST', '/api/auth/keluar', z.undefined());
  storeSession(client, { pengguna: null, csrfToken: null, berakhir: null });
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
}

/** The signed-in user, inside the signed-in layout (which guarantees there is one). */
export function useUser(): User {
  const { data } = useSuspenseQuery(sessionQuery);
  if (!data.pengguna) throw new Error('useUser() outside the signed-in layout');
  return data.pengguna;
}
