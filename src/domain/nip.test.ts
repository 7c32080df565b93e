import { describe, expect, it } from 'vitest';
import {
  buildNip,
  checkRecordAgainstNip,
  normalizeNip,
  parseNip,
  validateEmployeeNumber,
  validatePppkNumber,
} from './nip.js';

describe('parseNip: valid (Perka BKN 22/2007; rules.md §5; regulations.md §4.1)', () => {
  it.each([
    {
      nip: '196608011988031001',
      birthDate: '1966-08-01',
      appointmentYearMonth: '1988-03',
      sex: 'L',
      serial: '001',
      source: 'regulations.md §4.1 example 19660801 198803 1 001',
    },
    {
      nip: '19660801 198803 1 001',
      birthDate: '1966-08-01',
      appointmentYearMonth: '1988-03',
      sex: 'L',
      serial: '001',
      source: 'the same, written with spaces',
    },
    {
      nip: '199002152015032004',
      birthDate: '1990-02-15',
      appointmentYearMonth: '2015-03',
      sex: 'P',
      serial: '004',
      source: 'sex digit 2 = woman, day not shifted by 40 (rules.md §5)',
    },
    {
      nip: '199602292020122001',
      birthDate: '1996-02-29',
      appointmentYearMonth: '2020-12',
      sex: 'P',
      serial: '001',
      source: 'leap-day birth exists in 1996',
    },
    {
      nip: '200001152000011001',
      birthDate: '2000-01-15',
      appointmentYearMonth: '2000-01',
      sex: 'L',
      serial: '001',
      source: 'appointment in the birth month does not precede it',
    },
  ])('$nip ($source)', ({ nip, birthDate, appointmentYearMonth, sex, serial }) => {
    expect(parseNip(nip)).toEqual({
      ok: true,
      nip: normalizeNip(nip),
      birthDate,
      appointmentYearMonth,
      sex,
      serial,
    });
  });
});

describe('parseNip: invalid (rules.md §5)', () => {
  it.each([
    { nip: '19660801198803100', error: 'NIP_BUKAN_18_DIGIT', source: '17 digits' },
    { nip: '1966080119880310011', error: 'NIP_BUKAN_18_DIGIT', source: '19 digits' },
    { nip: '19660801198803100A', error: 'NIP_BUKAN_18_DIGIT', source: 'a letter' },
    { nip: '19660801-198803-1-001', error: 'NIP_BUKAN_18_DIGIT', source: 'dashes are not digits' },
    { nip: '', error: 'NIP_BUKAN_18_DIGIT', source: 'empty' },
    { nip: '196602301988031001', error: 'NIP_TGL_LAHIR_TIDAK_VALID', source: '30 Feb does not exist' },
    { nip: '199702292020121001', error: 'NIP_TGL_LAHIR_TIDAK_VALID', source: '29 Feb 1997 does not exist' },
    { nip: '196613011988031001', error: 'NIP_TGL_LAHIR_TIDAK_VALID', source: 'birth month 13' },
    {
      nip: '196608411988032001',
      error: 'NIP_TGL_LAHIR_TIDAK_VALID',
      source: 'NIK-style +40 day for women is not valid in a NIP',
    },
    { nip: '196608011988131001', error: 'NIP_TMT_CPNS_TIDAK_VALID', source: 'appointment month 13' },
    { nip: '196608011988001001', error: 'NIP_TMT_CPNS_TIDAK_VALID', source: 'appointment month 00' },
    {
      nip: '196608011966071001',
      error: 'NIP_TMT_CPNS_SEBELUM_LAHIR',
      source: 'appointment month before the birth month',
    },
    {
      nip: '196608011960011001',
      error: 'NIP_TMT_CPNS_SEBELUM_LAHIR',
      source: 'appointment year before birth',
    },
    { nip: '196608011988033001', error: 'NIP_JENIS_KELAMIN_TIDAK_VALID', source: 'sex digit 3' },
    { nip: '196608011988030001', error: 'NIP_JENIS_KELAMIN_TIDAK_VALID', source: 'sex digit 0' },
  ])('$nip → $error ($source)', ({ nip, error }) => {
    const result = parseNip(nip);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe(error);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });
});

describe('PPPK numbers: only length and digits (rules.md §5)', () => {
  it.each([
    { value: '199001012023212001', ok: true, source: '18 digits, whatever the structure' },
    { value: '199013452023219001', ok: true, source: 'impossible date inside is not checked for PPPK' },
    { value: '19900101202321200', ok: false, source: '17 digits' },
    { value: '19900101202321200X', ok: false, source: 'not all digits' },
  ])('$value → ok=$ok ($source)', ({ value, ok }) => {
    expect(validatePppkNumber(value).ok).toBe(ok);
    expect(validateEmployeeNumber(value, 'PPPK').ok).toBe(ok);
  });

  it('a PNS number gets the full NIP rules', () => {
    expect(validateEmployeeNumber('199013452023219001', 'PNS')).toMatchObject({
      ok: false,
      error: 'NIP_TGL_LAHIR_TIDAK_VALID',
    });
    expect(validateEmployeeNumber('19660801 198803 1 001', 'PNS')).toEqual({
      ok: true,
      nip: '196608011988031001',
    });
  });
});

describe('checkRecordAgainstNip (import-format.md §3: disagreement is a warning)', () => {
  it.each([
    { tglLahir: '1966-08-01', jenisKelamin: 'L', warnings: [], source: 'both agree' },
    {
      tglLahir: '1966-08-02',
      jenisKelamin: 'L',
      warnings: ['NIP_TIDAK_SESUAI_TGL_LAHIR'],
      source: 'birth date differs',
    },
    {
      tglLahir: '1966-08-01',
      jenisKelamin: 'P',
      warnings: ['NIP_TIDAK_SESUAI_JENIS_KELAMIN'],
      source: 'sex differs',
    },
    {
      tglLahir: '1970-01-01',
      jenisKelamin: 'P',
      warnings: ['NIP_TIDAK_SESUAI_TGL_LAHIR', 'NIP_TIDAK_SESUAI_JENIS_KELAMIN'],
      source: 'both differ',
    },
    { tglLahir: null, jenisKelamin: null, warnings: [], source: 'empty fields are not compared' },
  ] as const)('$tglLahir / $jenisKelamin → $warnings ($source)', ({ tglLahir, jenisKelamin, warnings }) => {
    expect(checkRecordAgainstNip('196608011988031001', { tglLahir, jenisKelamin })).toEqual(warnings);
  });

  it('an invalid NIP gives no record warning (the NIP error is reported instead)', () => {
    expect(checkRecordAgainstNip('123', { tglLahir: '1966-08-01', jenisKelamin: 'L' })).toEqual([]);
  });
});

describe('buildNip', () => {
  it.each([
    {
      birthDate: '1966-08-01',
      appointmentYearMonth: '1988-03',
      sex: 'L',
      serial: 1,
      nip: '196608011988031001',
    },
    {
      birthDate: '1996-02-29',
      appointmentYearMonth: '2020-12',
      sex: 'P',
      serial: 123,
      nip: '199602292020122123',
    },
  ] as const)(
    '$birthDate $appointmentYearMonth $sex $serial → $nip, and parses back',
    ({ nip, ...parts }) => {
      expect(buildNip(parts)).toBe(nip);
      expect(parseNip(nip)).toMatchObject({
        ok: true,
        ...parts,
        serial: String(parts.serial).padStart(3, '0'),
      });
    },
  );

  it.each([
    {
      birthDate: '1966-08-01',
      appointmentYearMonth: '1960-03',
      sex: 'L',
      serial: 1,
      source: 'appointment before birth',
    },
    {
      birthDate: '1966-02-30',
      appointmentYearMonth: '1988-03',
      sex: 'L',
      serial: 1,
      source: 'no such birth date',
    },
    { birthDate: '1966-08-01', appointmentYearMonth: '1988-13', sex: 'L', serial: 1, source: 'no month 13' },
    {
      birthDate: '1966-08-01',
      appointmentYearMonth: '1988-03',
      sex: 'L',
      serial: 1000,
      source: 'serial has 3 digits',
    },
  ] as const)('throws for invalid parts ($source)', (parts) => {
    expect(() => buildNip(parts)).toThrow(RangeError);
  });
});
