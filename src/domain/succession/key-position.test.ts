import { describe, expect, it } from 'vitest';
import { JENJANG_CODES, type Jenjang } from '../codes.js';
import { KEY_POSITION_LEVEL_NAMES, canBeKeyPosition } from './key-position.js';

describe('which job levels may be a key position (rules.md §6 structural targets, §4 pool levels)', () => {
  // One row per job level of rules.md §5, in its order.
  const rows: [Jenjang, boolean][] = [
    ['JPT_UTAMA', true],
    ['JPT_MADYA', true],
    ['JPT_PRATAMA', true],
    ['ADMINISTRATOR', true],
    ['PENGAWAS', true],
    ['PELAKSANA', false],
    ['FUNGSIONAL_AHLI_UTAMA', false],
    ['FUNGSIONAL_AHLI_MADYA', false],
    ['FUNGSIONAL_AHLI_MUDA', false],
    ['FUNGSIONAL_AHLI_PERTAMA', false],
    ['FUNGSIONAL_KETERAMPILAN', false],
  ];

  it('has a row for every job level', () => {
    expect(rows.map(([j]) => j)).toEqual([...JENJANG_CODES]);
  });

  it.each(rows)('%s → may be key: %s', (jenjang, expected) => {
    expect(canBeKeyPosition(jenjang)).toBe(expected);
  });

  it('names the structural levels for messages', () => {
    expect(KEY_POSITION_LEVEL_NAMES).toBe('JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas');
  });
});
