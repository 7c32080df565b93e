/**
 * Session lifetime (OWASP Session Management Cheat Sheet): an idle timeout since the last request and an
 * absolute timeout since sign-in, whichever comes first.
 */
export type SessionPolicy = { idleMinutes: number; absoluteHours: number };
export type SessionTimes = { createdAt: Date; lastSeenAt: Date; expiresAt: Date };
export type SessionState = 'ACTIVE' | 'IDLE' | 'EXPIRED';

/** When a session that starts at `now` ends at the latest. */
export function absoluteExpiry(now: Date, policy: SessionPolicy): Date {
  return new Date(now.getTime() + policy.absoluteHours * 3_600_000);
}

export function sessionState(session: SessionTimes, now: Date, policy: SessionPolicy): SessionState {
  if (now.getTime() >= session.expiresAt.getTime()) return 'EXPIRED';
  if (now.getTime() - session.lastSeenAt.getTime() >= policy.idleMinutes * 60_000) return 'IDLE';
  return 'ACTIVE';
}

/** `lastSeenAt` is written at most once a minute, not on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

export function needsTouch(session: Pick<SessionTimes, 'lastSeenAt'>, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
