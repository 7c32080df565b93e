import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { employee, instansi, unit, userAccount } from '../../db/schema/index.js';

type Reader = Pick<Db, 'select'>;
type Writer = Pick<Db, 'insert' | 'update' | 'delete'>;

export type NewAccountRow = typeof userAccount.$inferInsert;

/** Inserts accounts in one statement per 500 rows. */
export async function insertAccounts(tx: Writer, rows: NewAccountRow[]) {
  const created: { id: string; username: string }[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    created.push(
      ...(await tx
        .insert(userAccount)
        .values(rows.slice(i, i + 500))
        .returning({ id: userAccount.id, username: userAccount.username })),
    );
  }
  return created;
}

/** An account as administrators see it (no hash). */
export type AccountSummary = {
  id: string;
  username: string;
  nama: string | null;
  role: string;
  status: string;
  instansiId: number;
  instansiKode: string;
  unorId: string | null;
  unitNama: string | null;
  nip: string | null;
  lockedUntil: Date | null;
};

function summaryQuery(db: Reader) {
  return db
    .select({
      id: userAccount.id,
      username: userAccount.username,
      nama: userAccount.nama,
      role: userAccount.role,
      status: userAccount.status,
      instansiId: userAccount.instansiId,
      instansiKode: instansi.kode,
      unorId: unit.unorId,
      unitNama: unit.nama,
      nip: employee.nip,
      lockedUntil: userAccount.lockedUntil,
    })
    .from(userAccount)
    .innerJoin(instansi, eq(instansi.id, userAccount.instansiId))
    .leftJoin(unit, and(eq(unit.instansiId, userAccount.instansiId), eq(unit.id, userAccount.unitId)))
    .leftJoin(
      employee,
      and(eq(employee.instansiId, userAccount.instansiId), eq(employee.id, userAccount.employeeId)),
    );
}

export async function findAccountByUsername(
  db: Reader,
  username: string,
): Promise<AccountSummary | undefined> {
  const [row] = await summaryQuery(db).where(eq(userAccount.username, username));
  return row;
}

export async function findAccountsOfInstansi(db: Reader, instansiId: number): Promise<AccountSummary[]> {
  return summaryQuery(db).where(eq(userAccount.instansiId, instansiId)).orderBy(asc(userAccount.username));
}

export async function setAccountStatus(tx: Writer, userId: string, status: 'AKTIF' | 'NONAKTIF') {
  await tx.update(userAccount).set({ status }).where(eq(userAccount.id, userId));
}

/** A new password hash; clears any lockout (the administrator or the owner has just proven who they are). */
export async function setPasswordHash(tx: Writer, userId: string, passwordHash: string, now: Date) {
  await tx
    .update(userAccount)
    .set({ passwordHash, passwordChangedAt: now, failedAttempts: 0, lockedUntil: null })
    .where(eq(userAccount.id, userId));
}

export async function findUnitByUnorId(db: Reader, instansiId: number, unorId: string) {
  const [row] = await db
    .select({ id: unit.id, nama: unit.nama, path: unit.path })
    .from(unit)
    .where(and(eq(unit.instansiId, instansiId), eq(unit.unorId, unorId)));
  return row;
}

export async function findEmployeeIdByNip(db: Reader, instansiId: number, nip: string) {
  const [row] = await db
    .select({ id: employee.id })
    .from(employee)
    .where(and(eq(employee.instansiId, instansiId), eq(employee.nip, nip)));
  return row?.id;
}
