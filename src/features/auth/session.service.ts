import type { Db } from '../../db/client.js';
import type { AuthConfig } from '../../platform/config.js';
import { appendAudit } from '../audit/audit.repository.js';
import {
  deleteSession,
  deleteSessionsOfUser,
  findSessionWithAccount,
  findVisibleInstansiIds,
  touchSession,
} from './auth.repository.js';
import {
  auditActorName,
  buildActor,
  isProvinceWide,
  type AccountFacts,
  type Actor,
} from './policies/actor.js';
import { isRole } from './policies/roles.js';
import { needsTouch, sessionState } from './policies/session.js';
import { csrfTokenFor, hashSessionToken } from './session-token.js';

export type Authenticated = {
  actor: Actor;
  nama: string | null;
  csrfToken: string;
  expiresAt: Date;
};

/**
 * The actor behind a session token, or null when the token is unknown, the session has expired (idle or
 * absolute; it is then deleted) or the account is disabled.
 */
export async function authenticate(
  db: Db,
  config: AuthConfig,
  token: string,
  now = new Date(),
): Promise<Authenticated | null> {
  const tokenHash = hashSessionToken(token);
  const row = await findSessionWithAccount(db, tokenHash);
  if (!row) return null;
  const role = row.role;
  const usable = row.status === 'AKTIF' && (!row.demo || config.allowDemoAccounts);
  if (!isRole(role) || !usable || sessionState(row.session, now, config.session) !== 'ACTIVE') {
    await deleteSession(db, tokenHash);
    return null;
  }
  if (needsTouch(row.session, now)) await touchSession(db, tokenHash, now);
  const facts: AccountFacts = {
    userId: row.userId,
    username: row.username,
    role,
    instansiId: row.instansiId,
    instansiKode: row.instansiKode,
    instansiJenis: row.instansiJenis,
    unitPath: row.unitPath,
    employeeId: row.employeeId,
  };
  const visible = await findVisibleInstansiIds(db, row.instansiId, isProvinceWide(facts));
  return {
    actor: buildActor(facts, visible),
    nama: row.nama,
    csrfToken: csrfTokenFor(token),
    expiresAt: row.session.expiresAt,
  };
}

/** Sign-out (keluar): ends this session. */
export async function signOut(db: Db, actor: Actor, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, hashSessionToken(token));
    await appendAudit(tx, {
      instansiId: actor.instansiId,
      actor: auditActorName(actor),
      action: 'auth.logout',
      entity: 'user_account',
      entityId: actor.userId,
    });
  });
}

/** Sign-out everywhere (keluar semua): ends every session of the account, this one included. */
export async function signOutEverywhere(db: Db, actor: Actor): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await deleteSessionsOfUser(tx, actor.userId);
    await appendAudit(tx, {
      instansiId: actor.instansiId,
      actor: auditActorName(actor),
      action: 'auth.logout.all',
      entity: 'user_account',
      entityId: actor.userId,
      after: { sesiDiakhiri: ended },
    });
    return ended;
  });
}
