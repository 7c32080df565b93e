import { describe, expect, it } from 'vitest';
import { absoluteExpiry, needsTouch, sessionState } from './session.js';

const POLICY = { idleMinutes: 30, absoluteHours: 12 };
const START = new Date('2025-06-01T08:00:00Z');
const at = (minutes: number) => new Date(START.getTime() + minutes * 60_000);

describe('session lifetime: idle and absolute expiry', () => {
  const session = { createdAt: START, lastSeenAt: at(0), expiresAt: absoluteExpiry(START, POLICY) };

  it.each([
    [{ ...session }, 29, 'ACTIVE'],
    [{ ...session }, 30, 'IDLE'],
    [{ ...session, lastSeenAt: at(700) }, 719, 'ACTIVE'],
    [{ ...session, lastSeenAt: at(710) }, 720, 'EXPIRED'],
  ] as const)('%j at +%i min → %s', (s, minutes, expected) => {
    expect(sessionState(s, at(minutes), POLICY)).toBe(expected);
  });

  it('ends 12 hours after sign-in at the latest', () => {
    expect(session.expiresAt.toISOString()).toBe('2025-06-01T20:00:00.000Z');
  });

  it('writes last-seen at most once a minute', () => {
    expect(needsTouch({ lastSeenAt: at(0) }, new Date(START.getTime() + 59_000))).toBe(false);
    expect(needsTouch({ lastSeenAt: at(0) }, at(1))).toBe(true);
  });
});
