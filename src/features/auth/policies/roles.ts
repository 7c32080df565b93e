/**
 * The roles of product.md §1 as codes. Publik is "not signed in" and has no code. Labels live in the UI's
 * i18n files; the code keeps the codes.
 */
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

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * Roles that, on an account of a province with no unit restriction, see every instansi whose induk is that
 * province (product.md §1: "the province sees all"; an Inspektorat of the province audits all 15).
 */
export const PROVINCE_WIDE_ROLES: readonly Role[] = ['ADMIN_PROVINSI', 'AUDITOR'];

/** What an account must carry besides its instansi, by role (checked when an account is created). */
export type AccountShape = { instansiJenis: string; hasUnit: boolean; hasEmployee: boolean };

/** Why an account of this role and shape cannot exist, or null when it can. Indonesian, for the CLI. */
export function accountShapeProblem(role: Role, shape: AccountShape): string | null {
  if (role === 'ADMIN_PROVINSI' && shape.instansiJenis !== 'PROVINSI')
    return 'Peran ADMIN_PROVINSI hanya untuk akun instansi provinsi.';
  if (role === 'PIMPINAN_UNIT' && !shape.hasUnit)
    return 'Peran PIMPINAN_UNIT memerlukan unit (--unit <unorId>): ia hanya melihat subpohon unitnya.';
  if (role === 'PEGAWAI' && !shape.hasEmployee)
    return 'Peran PEGAWAI memerlukan NIP pegawai (--nip <nip>): ia hanya melihat datanya sendiri.';
  if (role !== 'PEGAWAI' && shape.hasEmployee) return 'Hanya akun PEGAWAI yang ditautkan ke NIP.';
  if (role === 'ADMIN_PROVINSI' && shape.hasUnit) return 'Akun ADMIN_PROVINSI tidak dibatasi unit.';
  return null;
}
