import type { User } from '../lib/session.js';

/** Where a navigation entry leads (paths of the route tree, router.tsx). */
export type NavTarget =
  | { to: '/provinsi' }
  | { to: '/audit' }
  | { to: '/saya' }
  | { to: '/i/$kode'; params: { kode: string } }
  | { to: '/i/$kode/aturan'; params: { kode: string } };

export type NavEntry = {
  /** Label key under `common:nav`. */
  key: 'provinsi' | 'instansi' | 'audit' | 'saya' | 'aturan';
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
    target: (kode) => ({ to: '/i/$kode', params: { kode } }),
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
