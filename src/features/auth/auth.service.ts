import type { Db } from '../../db/client.js';
import type { AuthConfig } from '../../platform/config.js';
import { AppError } from '../../platform/errors.js';
import { appendAudit } from '../audit/audit.repository.js';
import {
  deleteEndedSessions,
  deleteSession,
  deleteSessionsOfUser,
  findSignInAccount,
  findSignInAccountById,
  insertSession,
  lockLockoutState,
  saveLockoutState,
  type SignInAccount,
} from './auth.repository.js';
import { verifyNothing, verifyPassword } from './password-hash.js';
import { setPasswordHash } from '../users/users.repository.js';
import { assertPasswordAcceptable } from '../users/users.service.js';
import { hashPassword } from './password-hash.js';
import { auditActorName, type Actor } from './policies/actor.js';
import { afterFailure, isLocked } from './policies/lockout.js';
import { absoluteExpiry } from './policies/session.js';
import { csrfTokenFor, hashSessionToken, newSessionToken } from './session-token.js';

const WRONG_CREDENTIALS = 'Nama pengguna atau kata sandi salah.';

function lockedError(until: Date): AppError {
  const hhmm = until.toISOString().slice(11, 16);
  return new AppError(
    'LOCKED',
    `Akun terkunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi setelah pukul ${hhmm} UTC atau hubungi admin.`,
    { terkunciSampai: until.toISOString() },
  );
}

export type SignedIn = { token: string; csrfToken: string; expiresAt: Date };

/**
 * Sign-in (masuk). An unknown name, a wrong password and a disabled account (or a demo account in
 * production) all answer the same; each
 * failure is counted toward lockout and recorded in the audit log (without the name typed for an unknown
 * account: it may be a mistyped password). Success starts a NEW session — any session the browser came
 * with is ended first, so a planted session id is useless (no fixation).
 */
export async function signIn(
  db: Db,
  config: AuthConfig,
  input: { username: string; password: string; previousToken?: string | undefined },
  now = new Date(),
): Promise<SignedIn> {
  const username = input.username.trim().toLowerCase();
  const account = await findSignInAccount(db, username);
  if (!account) {
    await verifyNothing(input.password);
    await db.transaction((tx) =>
      appendAudit(tx, {
        at: now,
        actor: 'anonim',
        action: 'auth.login.fail',
        entity: 'user_account',
        after: { alasan: 'TIDAK_DIKENAL' },
      }),
    );
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  if (isLocked(account, now)) {
    await recordFailure(db, account, 'TERKUNCI', now, null);
    throw lockedError(account.lockedUntil!);
  }
  const passwordOk = await verifyPassword(account.passwordHash, input.password);
  const usable = account.status === 'AKTIF' && (!account.demo || config.allowDemoAccounts);
  if (!passwordOk || !usable) {
    const lockedUntil = await recordFailure(
      db,
      account,
      passwordOk ? 'NONAKTIF' : 'SANDI_SALAH',
      now,
      config,
    );
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  const token = newSessionToken();
  const expiresAt = absoluteExpiry(now, config.session);
  await db.transaction(async (tx) => {
    const state = await lockLockoutState(tx, account.id);
    if (state && isLocked(state, now)) throw lockedError(state.lockedUntil!);
    if (input.previousToken) await deleteSession(tx, hashSessionToken(input.previousToken));
    const idleSince = new Date(now.getTime() - config.session.idleMinutes * 60_000);
    await deleteEndedSessions(tx, account.id, now, idleSince);
    await saveLockoutState(tx, account.id, { failedAttempts: 0, lockedUntil: null });
    await insertSession(tx, {
      tokenHash: hashSessionToken(token),
      userId: account.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });
    await appendAudit(tx, {
      at: now,
      instansiId: account.instansiId,
      actor: auditActorName(account),
      action: 'auth.login',
      entity: 'user_account',
      entityId: account.id,
    });
  });
  return { token, csrfToken: csrfTokenFor(token), expiresAt };
}

/**
 * Counts a failure (unless the account is already locked: `config` null) and records it; records the
 * lockout too when this failure causes it. Returns the lock's end when the account is locked now.
 */
async function recordFailure(
  db: Db,
  account: SignInAccount,
  reason: 'SANDI_SALAH' | 'NONAKTIF' | 'TERKUNCI',
  now: Date,
  config: AuthConfig | null,
): Promise<Date | null> {
  return db.transaction(async (tx) => {
    let lockedUntil: Date | null = null;
    let attempts: number | undefined;
    if (config) {
      const state = await lockLockoutState(tx, account.id);
      const next = afterFailure(state ?? account, now, config.lockout);
      await saveLockoutState(tx, account.id, next);
      attempts = next.failedAttempts;
      if (next.lockedNow) lockedUntil = next.lockedUntil;
    }
    const common = { at: now, instansiId: account.instansiId, entity: 'user_account', entityId: account.id };
    await appendAudit(tx, {
      ...common,
      actor: 'anonim',
      action: 'auth.login.fail',
      after: { alasan: reason, percobaan: attempts ?? null },
    });
    if (lockedUntil) {
      await appendAudit(tx, {
        ...common,
        actor: 'system',
        action: 'auth.lockout',
        after: { percobaanGagal: attempts, terkunciSampai: lockedUntil.toISOString() },
      });
    }
    return lockedUntil;
  });
}

/**
 * Change password (ganti kata sandi) by the account's owner: the current password must be right (a wrong
 * one counts toward lockout, since a stolen session must not become a way to guess it), the new one must
 * meet the policy. Every other session of the account ends; this one stays.
 */
export async function changePassword(
  db: Db,
  config: AuthConfig,
  actor: Actor,
  token: string,
  input: { current: string; next: string },
  now = new Date(),
): Promise<{ sessionsEnded: number }> {
  const account = await findSignInAccountById(db, actor.userId);
  if (!account) throw new AppError('UNAUTHENTICATED', 'Sesi tidak berlaku lagi. Silakan masuk kembali.');
  if (!(await verifyPassword(account.passwordHash, input.current))) {
    const lockedUntil = await recordFailure(db, account, 'SANDI_SALAH', now, config);
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new AppError('VALIDATION', 'Kata sandi saat ini salah.');
  }
  assertPasswordAcceptable(input.next, account.username);
  if (input.next === input.current)
    throw new AppError('VALIDATION', 'Kata sandi baru harus berbeda dari kata sandi saat ini.');
  const passwordHash = await hashPassword(input.next);
  return db.transaction(async (tx) => {
    await setPasswordHash(tx, account.id, passwordHash, now);
    const sessionsEnded = await deleteSessionsOfUser(tx, account.id, hashSessionToken(token));
    await appendAudit(tx, {
      at: now,
      instansiId: account.instansiId,
      actor: auditActorName(actor),
      action: 'user.password.change',
      entity: 'user_account',
      entityId: account.id,
      after: { sesiLainDiakhiri: sessionsEnded },
    });
    return { sessionsEnded };
  });
}
