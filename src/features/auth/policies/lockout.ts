/**
 * Account lockout after repeated sign-in failures (OWASP Authentication Cheat Sheet): after `maxFailures`
 * consecutive failures the account is locked for `lockMinutes`; the count starts again once a lock has
 * run out, and a successful sign-in clears it.
 */
export type LockoutPolicy = { maxFailures: number; lockMinutes: number };
export type LockoutState = { failedAttempts: number; lockedUntil: Date | null };

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failure, and whether this failure is the one that locks the account. */
export function afterFailure(
  state: LockoutState,
  now: Date,
  policy: LockoutPolicy,
): LockoutState & { lockedNow: boolean } {
  const lockExpired = state.lockedUntil !== null && !isLocked(state, now);
  const failedAttempts = (lockExpired ? 0 : state.failedAttempts) + 1;
  if (failedAttempts >= policy.maxFailures) {
    return {
      failedAttempts,
      lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000),
      lockedNow: true,
    };
  }
  return { failedAttempts, lockedUntil: lockExpired ? null : state.lockedUntil, lockedNow: false };
}
