import type { Role, User } from '../lib/session.js';

/** Who may read named people's talent data (RULES['employees.read'] but the Pegawai's SELF). */
export const PEOPLE_READERS: ReadonlySet<Role> = new Set([
  'ADMIN_PROVINSI',
  'ADMIN_INSTANSI',
  'KOMITE_TALENTA',
  'PPK',
  'PIMPINAN_UNIT',
]);

/** succession.read / talent_pool.read / positions.read of src/features/auth/policies/access.ts. */
export const SUCCESSION_ROLES: ReadonlySet<Role> = new Set([
  'ADMIN_PROVINSI',
  'ADMIN_INSTANSI',
  'KOMITE_TALENTA',
  'PPK',
]);

/** Where a navigation entry leads (paths of the route tree, router.tsx). */
export type NavTarget =
  | { to: '/provinsi' }
  | { to: '/audit' }
  | { to: '/saya' }
  | {
      to:
        | '/i/$kode'
        | '/i/$kode/pegawai'
        | '/i/$kode/pemetaan'
        | '/i/$kode/pemetaan/pergerakan'
        | '/i/$kode/impor'
        | '/i/$kode/jabatan'
        | '/i/$kode/suksesi'
        | '/i/$kode/kelompok-talenta'
        | '/i/$kode/aturan';
      params: { kode: string };
      /** Exact: a parent page's entry is not lit on its children's pages (the dashboard on /pemetaan). */
      activeOptions?: { exact: boolean };
    }
  | { to: '/provinsi/kelompok-talenta' };

export type NavEntry = {
  /** Label key under `common:nav`. */
  key:
    | 'provinsi'
    | 'instansi'
    | 'pegawai'
    | 'pemetaan'
    | 'pergerakan'
    | 'impor'
    | 'jabatan'
    | 'suksesi'
    | 'kelompokTalenta'
    | 'kelompokTalentaProvinsi'
    | 'aturan'
    | 'audit'
    | 'saya';
  /** Who sees the entry (product.md §1); the server checks the same with its own policy on every call. */
  visible: (user: User) => boolean;
  /** `kode`: the instansi shown now (the URL's, else the account's own). */
  target: (kode: string) => NavTarget;
};

/**
 * The navigation, in order. Only pages that exist are listed: a later feature adds its entry here when
 * its page is built (docs/ARCHITECTURE.md, "How to add a page").
 */
export const NAV: readonly NavEntry[] = [
  // Province-wide accounts (Admin Provinsi, the province's Auditor): all 15 governments side by side.
  { key: 'provinsi', visible: (u) => u.seProvinsi, target: () => ({ to: '/provinsi' }) },
  // Everyone but a Pegawai (who sees only their own data): a unit head sees their subtree's counts.
  {
    key: 'instansi',
    visible: (u) => u.peran !== 'PEGAWAI',
    target: (kode) => ({ to: '/i/$kode', params: { kode }, activeOptions: { exact: true } }),
  },
  // employees.read: the people readers (not the Auditor, who sees counts only; a unit head: their subtree).
  {
    key: 'pegawai',
    visible: (u) => PEOPLE_READERS.has(u.peran),
    target: (kode) => ({ to: '/i/$kode/pegawai', params: { kode } }),
  },
  // mapping.read and mapping.movement: everyone but a Pegawai (the Auditor sees counts, not names).
  {
    key: 'pemetaan',
    visible: (u) => u.peran !== 'PEGAWAI',
    target: (kode) => ({ to: '/i/$kode/pemetaan', params: { kode }, activeOptions: { exact: true } }),
  },
  {
    key: 'pergerakan',
    visible: (u) => u.peran !== 'PEGAWAI',
    target: (kode) => ({ to: '/i/$kode/pemetaan/pergerakan', params: { kode } }),
  },
  // Imports change the data of the whole instansi: Admin Instansi only (policy imports.write).
  {
    key: 'impor',
    visible: (u) => u.peran === 'ADMIN_INSTANSI' && !u.terbatasUnit,
    target: (kode) => ({ to: '/i/$kode/impor', params: { kode } }),
  },
  // The position register (positions.read): those who prepare succession; it comes before the succession
  // pages it feeds. Only the Admin Instansi changes the key set there (positions.manage_key).
  {
    key: 'jabatan',
    visible: (u) => SUCCESSION_ROLES.has(u.peran),
    target: (kode) => ({ to: '/i/$kode/jabatan', params: { kode } }),
  },
  // Succession and the talent pool: those who prepare, decide and approve them (access.ts succession.read,
  // talent_pool.read); the provincial JPT pool is the Admin Provinsi's (talent_pool.province).
  {
    key: 'suksesi',
    visible: (u) => SUCCESSION_ROLES.has(u.peran),
    target: (kode) => ({ to: '/i/$kode/suksesi', params: { kode } }),
  },
  {
    key: 'kelompokTalenta',
    visible: (u) => SUCCESSION_ROLES.has(u.peran),
    target: (kode) => ({ to: '/i/$kode/kelompok-talenta', params: { kode } }),
  },
  {
    key: 'kelompokTalentaProvinsi',
    visible: (u) => u.peran === 'ADMIN_PROVINSI',
    target: () => ({ to: '/provinsi/kelompok-talenta' }),
  },
  // Rule sets and mapping runs: the admins (rules.manage; running a mapping is the Admin Instansi's).
  {
    key: 'aturan',
    visible: (u) => u.peran === 'ADMIN_INSTANSI' || u.peran === 'ADMIN_PROVINSI',
    target: (kode) => ({ to: '/i/$kode/aturan', params: { kode } }),
  },
  { key: 'audit', visible: (u) => u.peran === 'AUDITOR', target: () => ({ to: '/audit' }) },
  // A Pegawai sees only their own data: their card.
  { key: 'saya', visible: (u) => u.peran === 'PEGAWAI', target: () => ({ to: '/saya' }) },
];

/** The first page after sign-in: the first visible entry, or none (the role has no page yet). */
export function homeOf(user: User): NavTarget | null {
  const entry = NAV.find((e) => e.visible(user));
  return entry ? entry.target(user.instansiKode) : null;
}
