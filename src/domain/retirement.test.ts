import { describe, expect, it } from 'vitest';
import {
  birthDateFor,
  retirementDate,
  retirementDateAtAge,
  retirementDateFor,
  yearsToRetirement,
} from './retirement.js';

describe('retirement date = first day of the month after reaching BUP (rules.md §5 [REG]; UU 20/2023 Art. 55)', () => {
  it.each([
    {
      birthDate: '1967-05-15',
      jenjang: 'ADMINISTRATOR',
      expected: '2025-06-01',
      source: 'BUP 58, mid-month birthday',
    },
    {
      birthDate: '1967-05-01',
      jenjang: 'ADMINISTRATOR',
      expected: '2025-06-01',
      source: 'BUP 58, born on the 1st: still the next month',
    },
    {
      birthDate: '1967-05-31',
      jenjang: 'PENGAWAS',
      expected: '2025-06-01',
      source: 'BUP 58, month-end birthday',
    },
    {
      birthDate: '1967-12-31',
      jenjang: 'PELAKSANA',
      expected: '2026-01-01',
      source: 'BUP 58, December birthday rolls the year',
    },
    {
      birthDate: '1966-02-29',
      jenjang: 'JPT_PRATAMA',
      expected: '2026-03-01',
      source: 'BUP 60, leap-day birthday, common retirement year (Feb 2026)',
    },
    {
      birthDate: '1964-02-29',
      jenjang: 'JPT_MADYA',
      expected: '2024-03-01',
      source: 'BUP 60, leap-day birthday, leap retirement year',
    },
    {
      birthDate: '1960-02-29',
      jenjang: 'FUNGSIONAL_AHLI_UTAMA',
      expected: '2025-03-01',
      source: 'BUP 65, leap-day birthday',
    },
    {
      birthDate: '1970-08-17',
      jenjang: 'FUNGSIONAL_AHLI_MADYA',
      expected: '2030-09-01',
      source: 'BUP 60 (Ahli Madya)',
    },
    {
      birthDate: '1970-08-17',
      jenjang: 'FUNGSIONAL_AHLI_MUDA',
      expected: '2028-09-01',
      source: 'BUP 58 (Ahli Muda)',
    },
    {
      birthDate: '1970-08-17',
      jenjang: 'FUNGSIONAL_KETERAMPILAN',
      expected: '2028-09-01',
      source: 'BUP 58 (keterampilan)',
    },
    { birthDate: '1970-08-17', jenjang: 'JPT_UTAMA', expected: '2030-09-01', source: 'BUP 60 (JPT Utama)' },
  ] as const)('$birthDate, $jenjang → $expected ($source)', ({ birthDate, jenjang, expected }) => {
    expect(retirementDate(birthDate, jenjang)).toBe(expected);
  });

  it.each([
    {
      birthDate: '1970-08-17',
      age: 58,
      expected: '2028-09-01',
      source: 'rules.md §6: the target level BUP can differ',
    },
    {
      birthDate: '1970-08-17',
      age: 70,
      expected: '2040-09-01',
      source: 'Peneliti Ahli Utama / professor 70 (regulations.md §4.6)',
    },
  ])('born $birthDate, age $age → $expected ($source)', ({ birthDate, age, expected }) => {
    expect(retirementDateAtAge(birthDate, age)).toBe(expected);
  });
});

describe('birth date from the record, else the NIP (rules.md §5)', () => {
  it.each([
    { tglLahir: '1967-05-15', nip: '196608011988031001', expected: '1967-05-15', source: 'record wins' },
    { tglLahir: null, nip: '196608011988031001', expected: '1966-08-01', source: 'from the NIP' },
    { tglLahir: null, nip: '123', expected: null, source: 'invalid NIP' },
    { tglLahir: null, nip: null, expected: null, source: 'nothing known' },
    {
      tglLahir: '1967-02-30',
      nip: '196608011988031001',
      expected: '1966-08-01',
      source: 'an impossible record date falls back to the NIP',
    },
  ])('$tglLahir / $nip → $expected ($source)', ({ tglLahir, nip, expected }) => {
    expect(birthDateFor({ tglLahir, nip })).toBe(expected);
  });

  it.each([
    {
      tglLahir: null,
      nip: '196608011988031001',
      jenjang: 'ADMINISTRATOR',
      expected: '2024-09-01',
      source: 'NIP birth 1966-08 + 58',
    },
    { tglLahir: null, nip: null, jenjang: 'ADMINISTRATOR', expected: null, source: 'unknown' },
  ] as const)('retirementDateFor → $expected ($source)', ({ tglLahir, nip, jenjang, expected }) => {
    expect(retirementDateFor({ tglLahir, nip }, jenjang)).toBe(expected);
  });
});

describe('yearsToRetirement (whole months ÷ 12, rules.md preamble)', () => {
  it.each([
    {
      reference: '2025-12-31',
      retirement: '2028-01-01',
      years: 2,
      source: 'rules.md §6: exactly 2 years is enough',
    },
    {
      reference: '2025-12-31',
      retirement: '2027-12-01',
      years: 23 / 12,
      source: 'rules.md §6: just below 2 years',
    },
    {
      reference: '2025-12-31',
      retirement: '2025-06-01',
      years: -6 / 12,
      source: 'already retired (6 whole months ago)',
    },
  ])('$reference → $retirement = $years ($source)', ({ reference, retirement, years }) => {
    expect(yearsToRetirement(reference, retirement)).toBe(years);
  });
});
