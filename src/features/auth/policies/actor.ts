import { PROVINCE_WIDE_ROLES, type Role } from './roles.js';

/**
 * Who is asking, as the policies see them: a signed-in account with its role and scope. Built once per
 * request from the session; pure data, no I/O.
 */
export type Actor = {
  userId: string;
  username: string;
  role: Role;
  instansiId: number;
  instansiKode: string;
  /** A province-wide role on a province account: also sees the instansi whose induk is its own. */
  provinceWide: boolean;
  /** The instansi this actor may see, resolved from the database with the rule of `canSeeInstansi`. */
  visibleInstansiIds: readonly number[];
  /** Unit subtree (`unit.path` prefix) the account is limited to, if any. */
  unitPath: string | null;
  /** The employee a PEGAWAI account is linked to. */
  employeeId: string | null;
};

export type AccountFacts = {
  userId: string;
  username: string;
  role: Role;
  instansiId: number;
  instansiKode: string;
  instansiJenis: string;
  unitPath: string | null;
  employeeId: string | null;
};

/** True when this account sees its province's kabupaten/kota too (product.md §1). */
export function isProvinceWide(account: Pick<AccountFacts, 'role' | 'instansiJenis' | 'unitPath'>): boolean {
  return (
    PROVINCE_WIDE_ROLES.includes(account.role) &&
    account.instansiJenis === 'PROVINSI' &&
    account.unitPath === null
  );
}

export function buildActor(account: AccountFacts, visibleInstansiIds: readonly number[]): Actor {
  return {
    userId: account.userId,
    username: account.username,
    role: account.role,
    instansiId: account.instansiId,
    instansiKode: account.instansiKode,
    provinceWide: isProvinceWide(account),
    visibleInstansiIds,
    unitPath: account.unitPath,
    employeeId: account.role === 'PEGAWAI' ? account.employeeId : null,
  };
}

/** The actor's name in the audit log. */
export const auditActorName = (actor: Pick<Actor, 'username'>) => `user:${actor.username}`;
