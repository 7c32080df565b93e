import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { appendAudit } from '../audit/audit.repository.js';
import { deleteSessionsOfUser } from '../auth/auth.repository.js';
import { hashPassword } from '../auth/password-hash.js';
import { PASSWORD_MESSAGES, checkPassword } from '../auth/policies/password.js';
import { accountShapeProblem } from '../auth/policies/roles.js';
import { findInstansiByKode } from '../instansi/instansi.repository.js';
import {
  findAccountByUsername,
  findAccountsOfInstansi,
  findEmployeeIdByNip,
  findUnitByUnorId,
  insertAccounts,
  setAccountStatus,
  setPasswordHash,
  type AccountSummary,
} from './users.repository.js';
import { newUserSchema, usernameSchema, type NewUser } from './users.schemas.js';

function parseOrThrow<T>(
  result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } },
): T {
  if (result.success) return result.data;
  throw new AppError('VALIDATION', result.error.issues.map((i) => i.message).join(' '), result.error.issues);
}

/** Refuses a password that breaks the policy, naming every rule it breaks. */
export function assertPasswordAcceptable(password: string, username: string): void {
  const problems = checkPassword(password, username);
  if (problems.length > 0) {
    throw new AppError('VALIDATION', problems.map((p) => PASSWORD_MESSAGES[p]).join(' '), { problems });
  }
}

async function getInstansiOrThrow(db: Db, kode: string) {
  const row = await findInstansiByKode(db, kode);
  if (!row) throw new AppError('NOT_FOUND', `Instansi "${kode}" tidak ditemukan.`);
  return row;
}

export async function getAccountOrThrow(db: Db, username: string): Promise<AccountSummary> {
  const name = parseOrThrow(usernameSchema.safeParse(username));
  const row = await findAccountByUsername(db, name);
  if (!row) throw new AppError('NOT_FOUND', `Pengguna "${name}" tidak ditemukan.`);
  return row;
}

/**
 * Creates an account (`talenta user add`): checks the role's shape (a PIMPINAN_UNIT needs a unit, a
 * PEGAWAI an employee…), the password policy, and records the creation (never the password) in the audit
 * log in the same transaction.
 */
export async function addUser(db: Db, input: NewUser & { password: string }, actor: string) {
  const data = parseOrThrow(newUserSchema.safeParse(input));
  const inst = await getInstansiOrThrow(db, data.instansiKode);
  const problem = accountShapeProblem(data.role, {
    instansiJenis: inst.jenis,
    hasUnit: data.unorId !== undefined,
    hasEmployee: data.nip !== undefined,
  });
  if (problem) throw new AppError('VALIDATION', problem);
  assertPasswordAcceptable(input.password, data.username);
  const unitRow = data.unorId ? await findUnitByUnorId(db, inst.id, data.unorId) : undefined;
  if (data.unorId && !unitRow)
    throw new AppError('NOT_FOUND', `Unit ${data.unorId} tidak ditemukan di ${inst.kode}.`);
  const employeeId = data.nip ? await findEmployeeIdByNip(db, inst.id, data.nip) : undefined;
  if (data.nip && !employeeId)
    throw new AppError('NOT_FOUND', `Pegawai dengan NIP tersebut tidak ditemukan di ${inst.kode}.`);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await findAccountByUsername(tx, data.username))
      throw new AppError('CONFLICT', `Nama pengguna "${data.username}" sudah dipakai.`);
    const [created] = await insertAccounts(tx, [
      {
        username: data.username,
        nama: data.nama ?? null,
        role: data.role,
        instansiId: inst.id,
        unitId: unitRow?.id ?? null,
        employeeId: employeeId ?? null,
        passwordHash,
      },
    ]);
    if (!created) throw new Error('insert user returned nothing');
    await appendAudit(tx, {
      instansiId: inst.id,
      actor,
      action: 'user.create',
      entity: 'user_account',
      entityId: created.id,
      after: {
        username: data.username,
        role: data.role,
        instansi: inst.kode,
        unorId: data.unorId ?? null,
        nip: data.nip ?? null,
      },
    });
    return created;
  });
}

/** Sets a new password chosen by an administrator, lifts any lockout and ends every session. */
export async function resetPassword(db: Db, username: string, password: string, actor: string) {
  const account = await getAccountOrThrow(db, username);
  assertPasswordAcceptable(password, account.username);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await setPasswordHash(tx, account.id, passwordHash, new Date());
    const sessions = await deleteSessionsOfUser(tx, account.id);
    await appendAudit(tx, {
      instansiId: account.instansiId,
      actor,
      action: 'user.password.reset',
      entity: 'user_account',
      entityId: account.id,
      after: { username: account.username, sesiDiakhiri: sessions },
    });
    return { sessionsEnded: sessions };
  });
}

/** Disables (NONAKTIF) or re-enables (AKTIF) an account; disabling ends its sessions. */
export async function setUserStatus(db: Db, username: string, status: 'AKTIF' | 'NONAKTIF', actor: string) {
  const account = await getAccountOrThrow(db, username);
  if (account.status === status) return { changed: false, sessionsEnded: 0 };
  return db.transaction(async (tx) => {
    await setAccountStatus(tx, account.id, status);
    const sessions = status === 'NONAKTIF' ? await deleteSessionsOfUser(tx, account.id) : 0;
    await appendAudit(tx, {
      instansiId: account.instansiId,
      actor,
      action: status === 'NONAKTIF' ? 'user.disable' : 'user.enable',
      entity: 'user_account',
      entityId: account.id,
      before: { status: account.status },
      after: { status, sesiDiakhiri: sessions },
    });
    return { changed: true, sessionsEnded: sessions };
  });
}

export async function listUsers(db: Db, instansiKode: string): Promise<AccountSummary[]> {
  const inst = await getInstansiOrThrow(db, instansiKode);
  return findAccountsOfInstansi(db, inst.id);
}
