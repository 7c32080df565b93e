import { describe, expect, it } from 'vitest';
import {
  PNS_RANKS,
  PNS_RANK_CODES,
  PPPK_GRADES,
  comparePnsRanks,
  isRankAtLeast,
  pangkatName,
  parsePnsRank,
  parsePppkGrade,
  pnsRankOrder,
  pppkGradeOrder,
  type PnsRank,
} from './golongan.js';

describe('PNS ranks (PP 99/2000 annex; regulations.md §4.2)', () => {
  it.each([
    { order: 1, code: 'I/a', pangkat: 'Juru Muda' },
    { order: 2, code: 'I/b', pangkat: 'Juru Muda Tingkat I' },
    { order: 3, code: 'I/c', pangkat: 'Juru' },
    { order: 4, code: 'I/d', pangkat: 'Juru Tingkat I' },
    { order: 5, code: 'II/a', pangkat: 'Pengatur Muda' },
    { order: 6, code: 'II/b', pangkat: 'Pengatur Muda Tingkat I' },
    { order: 7, code: 'II/c', pangkat: 'Pengatur' },
    { order: 8, code: 'II/d', pangkat: 'Pengatur Tingkat I' },
    { order: 9, code: 'III/a', pangkat: 'Penata Muda' },
    { order: 10, code: 'III/b', pangkat: 'Penata Muda Tingkat I' },
    { order: 11, code: 'III/c', pangkat: 'Penata' },
    { order: 12, code: 'III/d', pangkat: 'Penata Tingkat I' },
    { order: 13, code: 'IV/a', pangkat: 'Pembina' },
    { order: 14, code: 'IV/b', pangkat: 'Pembina Tingkat I' },
    { order: 15, code: 'IV/c', pangkat: 'Pembina Utama Muda' },
    { order: 16, code: 'IV/d', pangkat: 'Pembina Utama Madya' },
    { order: 17, code: 'IV/e', pangkat: 'Pembina Utama' },
  ] as const)('$order. $code = $pangkat (regulations.md §4.2 table)', ({ order, code, pangkat }) => {
    expect(PNS_RANKS[order - 1]).toEqual({ code, pangkat });
    expect(pnsRankOrder(code)).toBe(order);
    expect(pangkatName(code)).toBe(pangkat);
  });

  it('there are exactly 17 ranks (rules.md §5)', () => {
    expect(PNS_RANK_CODES).toHaveLength(17);
  });

  it.each([
    { value: 'III/c', expected: 'III/c', source: 'canonical form' },
    { value: 'III/C', expected: 'III/c', source: 'upper-case ruang' },
    { value: 'iii/c', expected: 'III/c', source: 'lower-case golongan' },
    { value: 'III-c', expected: 'III/c', source: 'dash separator' },
    { value: 'III.c', expected: 'III/c', source: 'dot separator' },
    { value: 'III c', expected: 'III/c', source: 'space separator' },
    { value: 'IIIc', expected: 'III/c', source: 'no separator' },
    { value: '3c', expected: 'III/c', source: 'arabic golongan' },
    { value: '3/c', expected: 'III/c', source: 'arabic with slash' },
    { value: ' IV/e ', expected: 'IV/e', source: 'surrounding spaces' },
    { value: 'IVe', expected: 'IV/e', source: 'IV/e exists' },
    { value: 'III/e', expected: null, source: 'ruang e only for IV (PP 99/2000)' },
    { value: 'I/e', expected: null, source: 'ruang e only for IV' },
    { value: 'V/a', expected: null, source: 'no golongan V' },
    { value: '5a', expected: null, source: 'no golongan 5' },
    { value: 'III/f', expected: null, source: 'no ruang f' },
    { value: 'III', expected: null, source: 'golongan without ruang is ambiguous' },
    { value: 'Penata', expected: null, source: 'pangkat names are not parsed' },
    { value: '33', expected: null, source: 'SIASN numeric ids are not guessed' },
    { value: '', expected: null, source: 'empty' },
  ])('parsePnsRank($value) → $expected ($source)', ({ value, expected }) => {
    expect(parsePnsRank(value)).toBe(expected);
  });

  it.each([
    {
      a: 'III/d',
      b: 'III/b',
      sign: 1,
      source: 'rules.md §6 default minimum Administrator III/d vs Pengawas III/b',
    },
    { a: 'IV/a', b: 'III/d', sign: 1, source: 'IV/a follows III/d' },
    { a: 'II/d', b: 'III/a', sign: -1, source: 'II/d precedes III/a' },
    { a: 'IV/b', b: 'IV/b', sign: 0, source: 'equal' },
  ] as const)('compare $a vs $b → sign $sign ($source)', ({ a, b, sign }) => {
    expect(Math.sign(comparePnsRanks(a, b))).toBe(sign);
  });

  it.each([
    { actual: 'IV/b', minimum: 'IV/b', ok: true, source: 'rules.md §6 JPT Pratama minimum IV/b, exactly at' },
    {
      actual: 'IV/a',
      minimum: 'IV/b',
      ok: false,
      source: 'rules.md §6 JPT Pratama minimum IV/b, just below',
    },
    {
      actual: 'III/d',
      minimum: 'III/d',
      ok: true,
      source: 'rules.md §6 Administrator minimum III/d, exactly at',
    },
    {
      actual: 'III/c',
      minimum: 'III/d',
      ok: false,
      source: 'rules.md §6 Administrator minimum III/d, just below',
    },
    { actual: 'III/b', minimum: 'III/b', ok: true, source: 'rules.md §6 Pengawas minimum III/b, exactly at' },
    {
      actual: 'III/a',
      minimum: 'III/b',
      ok: false,
      source: 'rules.md §6 Pengawas minimum III/b, just below',
    },
  ] satisfies { actual: PnsRank; minimum: PnsRank; ok: boolean; source: string }[])(
    '$actual at least $minimum: $ok ($source)',
    ({ actual, minimum, ok }) => {
      expect(isRankAtLeast(actual, minimum)).toBe(ok);
    },
  );
});

describe('PPPK grades I … XVII (Perpres 98/2020; regulations.md §4.3)', () => {
  it('17 grades in order', () => {
    expect(PPPK_GRADES).toHaveLength(17);
    PPPK_GRADES.forEach((g, i) => expect(pppkGradeOrder(g)).toBe(i + 1));
  });

  it.each([
    { value: 'IX', expected: 'IX' },
    { value: 'ix', expected: 'IX' },
    { value: ' XVII ', expected: 'XVII' },
    { value: '9', expected: 'IX' },
    { value: '17', expected: 'XVII' },
    { value: '1', expected: 'I' },
    { value: '18', expected: null },
    { value: '0', expected: null },
    { value: 'XVIII', expected: null },
    { value: 'III/c', expected: null },
    { value: '', expected: null },
  ])('parsePppkGrade($value) → $expected', ({ value, expected }) => {
    expect(parsePppkGrade(value)).toBe(expected);
  });
});
