import type { User } from '../../lib/session.js';

/**
 * Who may change an instansi's succession settings (the server's `succession.configure`): its Admin
 * Instansi, and the Admin Provinsi for the province itself only (not its kabupaten/kota). Other succession
 * readers see the settings read-only. The server decides with its own policy on every call.
 */
export function canConfigure(user: User, kode: string): boolean {
  return (user.peran === 'ADMIN_INSTANSI' || user.peran === 'ADMIN_PROVINSI') && user.instansiKode === kode;
}
