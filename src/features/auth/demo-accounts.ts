import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { appendAuditMany } from '../audit/audit.repository.js';
import { insertAccounts, type NewAccountRow } from '../users/users.repository.js';
import {
  findAllInstansi,
  findDemoAccounts,
  findExistingUsernames,
  findFirstEmployee,
  findTopUnits,
  type TopUnit,
} from './demo-accounts.repository.js';
import { hashPassword } from './password-hash.js';
import { ROLES, type Role } from './policies/roles.js';

/** The password of every demo account (README, "Akun demo"). */
export const DEMO_PASSWORD = 'talenta-demo';
/** The province whose administrator is plainly `admin.provinsi`. */
const MAIN_PROVINCE = 'kalteng';
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

const PREFIX: Record<Exclude<Role, 'ADMIN_PROVINSI'>, string> = {
  ADMIN_INSTANSI: 'admin',
  KOMITE_TALENTA: 'komite',
  PPK: 'ppk',
  PIMPINAN_UNIT: 'pimpinan',
  PEGAWAI: 'pegawai',
  AUDITOR: 'auditor',
};

export type DemoLogin = { username: string; role: Role; instansiKode: string };

/** Demo accounts share a published password: never in production. */
export function assertDemoAccountsAllowed(nodeEnv: string): void {
  if (nodeEnv === 'production') {
    throw new AppError(
      'FORBIDDEN',
      'Akun demo (semua berkata sandi "talenta-demo") tidak dibuat saat NODE_ENV=production. ' +
        'Buat akun dengan `talenta user add`.',
    );
  }
}

type Spec = NewAccountRow & { role: Role; instansiKode: string };

async function specsFor(db: Db): Promise<Spec[]> {
  const all = await findAllInstansi(db);
  const provinces = all.filter((i) => i.jenis === 'PROVINSI');
  const mainProvince = provinces.find((p) => p.kode === MAIN_PROVINCE) ?? provinces[0];
  const tops = new Map<number, TopUnit>();
  for (const t of await findTopUnits(
    db,
    all.map((i) => i.id),
  ))
    if (!tops.has(t.instansi_id)) tops.set(t.instansi_id, t);
  const specs: Spec[] = [];
  for (const inst of all) {
    const kode = inst.kode.toLowerCase();
    const add = (role: Role, username: string, extra: Pick<NewAccountRow, 'unitId' | 'employeeId'> = {}) => {
      if (USERNAME.test(username))
        specs.push({
          username,
          role,
          instansiId: inst.id,
          instansiKode: inst.kode,
          nama: `Demo ${role} ${inst.kode}`,
          passwordHash: '',
          ...extra,
        });
    };
    if (inst.jenis === 'PROVINSI')
      add('ADMIN_PROVINSI', inst === mainProvince ? 'admin.provinsi' : `admin.provinsi.${kode}`);
    for (const role of ['ADMIN_INSTANSI', 'KOMITE_TALENTA', 'PPK', 'AUDITOR'] as const)
      add(role, `${PREFIX[role]}.${kode}`);
    const top = tops.get(inst.id);
    if (top) add('PIMPINAN_UNIT', `${PREFIX.PIMPINAN_UNIT}.${kode}`, { unitId: top.id });
    const employeeId = await findFirstEmployee(db, inst.id, top?.path ?? null);
    if (employeeId) add('PEGAWAI', `${PREFIX.PEGAWAI}.${kode}`, { employeeId });
  }
  return specs;
}

/**
 * Demo accounts (issue "Akun demo"): for every instansi one account per role — admin, komite, ppk,
 * pimpinan (the largest top-level unit), pegawai (the first active employee by NIP in that unit), auditor —
 * and `admin.provinsi` for the province; all with the password `talenta-demo`. The password is hashed once
 * for all of them (start-up stays fast) and the accounts are marked `demo`, which production refuses.
 * Accounts that exist already are left alone, so running it twice adds nothing.
 */
export async function seedDemoAccounts(
  db: Db,
  options: { nodeEnv: string },
): Promise<{ created: number; logins: DemoLogin[] }> {
  assertDemoAccountsAllowed(options.nodeEnv);
  const specs = await specsFor(db);
  const existing = await findExistingUsernames(
    db,
    specs.map((s) => s.username),
  );
  const fresh = specs.filter((s) => !existing.has(s.username));
  if (fresh.length > 0) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.transaction(async (tx) => {
      const created = await insertAccounts(
        tx,
        fresh.map(({ instansiKode: _k, ...row }) => ({ ...row, passwordHash, demo: true })),
      );
      const ids = new Map(created.map((c) => [c.username, c.id]));
      await appendAuditMany(
        tx,
        fresh.map((s) => ({
          instansiId: s.instansiId,
          actor: 'system:demo',
          action: 'user.create',
          entity: 'user_account',
          entityId: ids.get(s.username) ?? null,
          after: { username: s.username, role: s.role, instansi: s.instansiKode, demo: true },
        })),
      );
    });
  }
  return { created: fresh.length, logins: await listDemoLogins(db) };
}

export async function listDemoLogins(db: Db): Promise<DemoLogin[]> {
  const rows = await findDemoAccounts(db);
  return rows.flatMap((r) => (ROLES.includes(r.role as Role) ? [{ ...r, role: r.role as Role }] : []));
}

/**
 * The demo logins as a short table for the console: one line per role with the name pattern, then the
 * instansi codes that fill it in.
 */
export function formatDemoLogins(logins: readonly DemoLogin[]): string[] {
  if (logins.length === 0) return [];
  const lines = [`Akun demo (kata sandi semua akun: ${DEMO_PASSWORD}):`];
  for (const role of ROLES) {
    const mine = logins.filter((l) => l.role === role);
    if (mine.length === 0) continue;
    const pattern = role === 'ADMIN_PROVINSI' ? 'admin.provinsi.<kode>' : `${PREFIX[role]}.<kode>`;
    const shown = mine.length === 1 ? mine[0]!.username : pattern;
    lines.push(`  ${role.padEnd(15)} ${shown.padEnd(20)} ${mine.length} akun`);
  }
  const kodes = [...new Set(logins.map((l) => l.instansiKode))];
  const head = kodes.slice(0, 20).join(', ') + (kodes.length > 20 ? `, … (${kodes.length} instansi)` : '');
  lines.push(`  <kode>: ${head}`);
  return lines;
}
