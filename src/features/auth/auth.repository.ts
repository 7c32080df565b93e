import { and, eq, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { instansi, unit, userAccount, userSession } from '../../db/schema/index.js';
import type { LockoutState } from './policies/lockout.js';

type Reader = Pick<Db, 'select'>;
type Writer = Pick<Db, 'insert' | 'update' | 'delete'>;

/** What sign-in needs of an account (the hash never leaves the auth service). */
export type SignInAccount = {
  id: string;
  username: string;
  role: string;
  status: string;
  demo: boolean;
  instansiId: number;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
};

const signInColumns = {
  id: userAccount.id,
  username: userAccount.username,
  role: userAccount.role,
  status: userAccount.status,
  demo: userAccount.demo,
  instansiId: userAccount.instansiId,
  passwordHash: userAccount.passwordHash,
  failedAttempts: userAccount.failedAttempts,
  lockedUntil: userAccount.lockedUntil,
};

export async function findSignInAccount(db: Reader, username: string): Promise<SignInAccount | undefined> {
  const [row] = await db.select(signInColumns).from(userAccount).where(eq(userAccount.username, username));
  return row;
}

export async function findSignInAccountById(db: Reader, id: string): Promise<SignInAccount | undefined> {
  const [row] = await db.select(signInColumns).from(userAccount).where(eq(userAccount.id, id));
  return row;
}

/** Reads the lockout counters under a row lock, so concurrent failures count one by one. */
export async function lockLockoutState(tx: Reader, userId: string): Promise<LockoutState | undefined> {
  const [row] = await tx
    .select({ failedAttempts: userAccount.failedAttempts, lockedUntil: userAccount.lockedUntil })
    .from(userAccount)
    .where(eq(userAccount.id, userId))
    .for('update');
  return row;
}

export async function saveLockoutState(tx: Writer, userId: string, state: LockoutState): Promise<void> {
  await tx
    .update(userAccount)
    .set({ failedAttempts: state.failedAttempts, lockedUntil: state.lockedUntil })
    .where(eq(userAccount.id, userId));
}

export type SessionRow = typeof userSession.$inferSelect;

export async function insertSession(tx: Writer, row: SessionRow): Promise<void> {
  await tx.insert(userSession).values(row);
}

export async function deleteSession(tx: Writer, tokenHash: string): Promise<number> {
  const rows = await tx
    .delete(userSession)
    .where(eq(userSession.tokenHash, tokenHash))
    .returning({ t: userSession.tokenHash });
  return rows.length;
}

/** Ends every session of an account, but the one to keep (the caller's, after a password change). */
export async function deleteSessionsOfUser(tx: Writer, userId: string, keepTokenHash?: string) {
  const where = keepTokenHash
    ? and(eq(userSession.userId, userId), ne(userSession.tokenHash, keepTokenHash))
    : eq(userSession.userId, userId);
  const rows = await tx.delete(userSession).where(where).returning({ t: userSession.tokenHash });
  return rows.length;
}

/** Deletes an account's sessions that ended (absolutely, or idle since `idleSince`) and were never seen again. */
export async function deleteEndedSessions(tx: Writer, userId: string, now: Date, idleSince: Date) {
  await tx
    .delete(userSession)
    .where(
      and(
        eq(userSession.userId, userId),
        or(lte(userSession.expiresAt, now), lte(userSession.lastSeenAt, idleSince)),
      ),
    );
}

export async function touchSession(db: Writer, tokenHash: string, now: Date): Promise<void> {
  await db.update(userSession).set({ lastSeenAt: now }).where(eq(userSession.tokenHash, tokenHash));
}

/** A session with the account and scope it carries, for authenticating one request. */
export async function findSessionWithAccount(db: Reader, tokenHash: string) {
  const [row] = await db
    .select({
      session: userSession,
      userId: userAccount.id,
      username: userAccount.username,
      nama: userAccount.nama,
      role: userAccount.role,
      status: userAccount.status,
      demo: userAccount.demo,
      instansiId: userAccount.instansiId,
      instansiKode: instansi.kode,
      instansiJenis: instansi.jenis,
      unitPath: unit.path,
      employeeId: userAccount.employeeId,
    })
    .from(userSession)
    .innerJoin(userAccount, eq(userAccount.id, userSession.userId))
    .innerJoin(instansi, eq(instansi.id, userAccount.instansiId))
    .leftJoin(unit, and(eq(unit.instansiId, userAccount.instansiId), eq(unit.id, userAccount.unitId)))
    .where(eq(userSession.tokenHash, tokenHash));
  return row;
}

/** The instansi an account sees: its own, and with province-wide reach those whose induk it is. */
export async function findVisibleInstansiIds(
  db: Reader,
  instansiId: number,
  provinceWide: boolean,
): Promise<number[]> {
  if (!provinceWide) return [instansiId];
  const rows = await db
    .select({ id: instansi.id })
    .from(instansi)
    .where(or(eq(instansi.id, instansiId), eq(instansi.indukId, instansiId)))
    .orderBy(sql`${instansi.id}`);
  return rows.map((r) => r.id);
}
