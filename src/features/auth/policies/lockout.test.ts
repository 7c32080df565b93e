import { describe, expect, it } from 'vitest';
import { afterFailure, isLocked } from './lockout.js';

const POLICY = { maxFailures: 5, lockMinutes: 15 };
const NOW = new Date('2025-06-01T08:00:00Z');
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000);

describe('lockout after repeated sign-in failures', () => {
  it.each([
    // [failures so far, locked until, → failures, locked until, locks now]
    [0, null, 1, null, false],
    [3, null, 4, null, false],
    [4, null, 5, minutes(15), true],
    // A lock that has run out: the count starts again.
    [5, minutes(-1), 1, null, false],
  ] as const)('%i failures, locked until %s → %i, %s', (failed, until, n, lockedUntil, lockedNow) => {
    expect(afterFailure({ failedAttempts: failed, lockedUntil: until }, NOW, POLICY)).toEqual({
      failedAttempts: n,
      lockedUntil,
      lockedNow,
    });
  });

  it.each([
    [null, false],
    [minutes(1), true],
    [minutes(0), false],
    [minutes(-1), false],
  ] as const)('locked until %s → locked %s', (until, locked) => {
    expect(isLocked({ failedAttempts: 5, lockedUntil: until }, NOW)).toBe(locked);
  });
});
