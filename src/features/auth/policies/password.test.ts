import { describe, expect, it } from 'vitest';
import { checkPassword } from './password.js';

describe('checkPassword (kebijakan kata sandi)', () => {
  it.each([
    ['talenta-demo', 'admin.kapuas', []],
    ['Rahasia2025', 'budi', []],
    ['kata sandi panjang', 'budi', []],
    ['pendek-1', 'budi', ['TOO_SHORT']],
    ['admin.kapuas', 'admin.kapuas', ['CONTAINS_USERNAME']],
    ['x-ADMIN.KAPUAS-1', 'admin.kapuas', ['CONTAINS_USERNAME']],
    ['abcdefghijkl', 'budi', ['ONE_CLASS']],
    ['123456789012', 'budi', ['ONE_CLASS']],
    ['aaaaaaaaaa-1', 'budi', ['TOO_REPETITIVE']],
    ['aaaa', 'budi', ['TOO_SHORT', 'ONE_CLASS', 'TOO_REPETITIVE']],
    ['Abcde1-'.repeat(37), 'budi', ['TOO_LONG']],
  ] as const)('%j for %s → %j', (password, username, expected) => {
    expect(checkPassword(password, username)).toEqual(expected);
  });

  it('counts characters, not UTF-16 units, for the length', () => {
    expect(checkPassword('ñandú-über', 'budi')).toEqual([]);
  });
});
