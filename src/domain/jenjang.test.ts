import { describe, expect, it } from 'vitest';
import { JENJANG_CODES } from './codes.js';
import {
  DEFAULT_STANDARD_LEVEL,
  RETIREMENT_AGE,
  deriveJenjang,
  functionalJenjangFromName,
  jenjangFromEselon,
  parseEselon,
  retirementAgeFor,
} from './jenjang.js';

describe('structural job level by eselon (rules.md §5; UU 5/2014 Art. 131, regulations.md §4.4)', () => {
  it.each([
    { eselon: 'I.a', expected: 'JPT_MADYA', source: 'rules.md §5: I.a/I.b → JPT_MADYA' },
    { eselon: 'I.b', expected: 'JPT_MADYA', source: 'rules.md §5: I.a/I.b → JPT_MADYA' },
    { eselon: 'II.a', expected: 'JPT_PRATAMA', source: 'rules.md §5: II.a/II.b → JPT_PRATAMA' },
    { eselon: 'II.b', expected: 'JPT_PRATAMA', source: 'rules.md §5: II.a/II.b → JPT_PRATAMA' },
    { eselon: 'III.a', expected: 'ADMINISTRATOR', source: 'rules.md §5: III.a/III.b → ADMINISTRATOR' },
    { eselon: 'III.b', expected: 'ADMINISTRATOR', source: 'rules.md §5: III.a/III.b → ADMINISTRATOR' },
    { eselon: 'IV.a', expected: 'PENGAWAS', source: 'rules.md §5: IV.a/IV.b → PENGAWAS' },
    { eselon: 'IV.b', expected: 'PENGAWAS', source: 'rules.md §5: IV.a/IV.b → PENGAWAS' },
    { eselon: 'V.a', expected: 'PELAKSANA', source: 'rules.md §5: otherwise PELAKSANA' },
    { eselon: null, expected: 'PELAKSANA', source: 'rules.md §5: no eselon → PELAKSANA' },
    { eselon: 'Non Eselon', expected: 'PELAKSANA', source: 'rules.md §5: otherwise PELAKSANA' },
    { eselon: 'II/b', expected: 'JPT_PRATAMA', source: 'spelling: slash' },
    { eselon: 'III-A', expected: 'ADMINISTRATOR', source: 'spelling: dash, upper case' },
    { eselon: 'IVa', expected: 'PENGAWAS', source: 'spelling: no separator' },
    { eselon: '2a', expected: 'JPT_PRATAMA', source: 'spelling: arabic' },
    { eselon: 'II', expected: 'JPT_PRATAMA', source: 'spelling: level only' },
  ])('eselon $eselon → $expected ($source)', ({ eselon, expected }) => {
    expect(jenjangFromEselon(eselon)).toBe(expected);
    expect(deriveJenjang({ jenisJabatanId: 1, eselon, jabatanNama: 'Kepala Bidang' })).toEqual({
      ok: true,
      jenjang: expected,
    });
  });

  it.each([
    { value: 'III.a', expected: { level: 3, sub: 'a' } },
    { value: 'IV/b', expected: { level: 4, sub: 'b' } },
    { value: 'II', expected: { level: 2, sub: null } },
    { value: 'VI.a', expected: null },
    { value: 'III.c', expected: null },
  ])('parseEselon($value)', ({ value, expected }) => {
    expect(parseEselon(value)).toEqual(expected);
  });
});

describe('functional job level by the level named in jabatanNama (rules.md §5)', () => {
  it.each([
    {
      nama: 'Analis Kebijakan Ahli Utama',
      expected: 'FUNGSIONAL_AHLI_UTAMA',
      source: 'rules.md §5 "Ahli Utama"',
    },
    { nama: 'Perencana Ahli Madya', expected: 'FUNGSIONAL_AHLI_MADYA', source: 'rules.md §5 "Ahli Madya"' },
    { nama: 'Auditor Ahli Muda', expected: 'FUNGSIONAL_AHLI_MUDA', source: 'rules.md §5 "Ahli Muda"' },
    {
      nama: 'Pranata Komputer Ahli Pertama',
      expected: 'FUNGSIONAL_AHLI_PERTAMA',
      source: 'rules.md §5 "Ahli Pertama"',
    },
    {
      nama: 'Pranata Komputer Penyelia',
      expected: 'FUNGSIONAL_KETERAMPILAN',
      source: 'rules.md §5 "Penyelia"',
    },
    { nama: 'Perawat Mahir', expected: 'FUNGSIONAL_KETERAMPILAN', source: 'rules.md §5 "Mahir"' },
    { nama: 'Arsiparis Terampil', expected: 'FUNGSIONAL_KETERAMPILAN', source: 'rules.md §5 "Terampil"' },
    {
      nama: 'Pengawas Benih Tanaman Pemula',
      expected: 'FUNGSIONAL_KETERAMPILAN',
      source: 'rules.md §5 "Pemula"',
    },
    { nama: 'GURU AHLI MUDA', expected: 'FUNGSIONAL_AHLI_MUDA', source: 'any case' },
    { nama: 'Dokter  Ahli   Madya', expected: 'FUNGSIONAL_AHLI_MADYA', source: 'extra spaces' },
  ])('"$nama" → $expected ($source)', ({ nama, expected }) => {
    expect(functionalJenjangFromName(nama)).toBe(expected);
    expect(deriveJenjang({ jenisJabatanId: 2, eselon: null, jabatanNama: nama })).toEqual({
      ok: true,
      jenjang: expected,
    });
  });

  it.each([
    { nama: 'Analis Kebijakan', source: 'rules.md §5: a functional name without a level is a row error' },
    { nama: 'Guru', source: 'rules.md §5: no level named' },
    { nama: 'Instruktur Keterampilan', source: '"Keterampilan" is not the level word "Terampil"' },
  ])('"$nama" without a level → row error ($source)', ({ nama }) => {
    const result = deriveJenjang({ jenisJabatanId: 2, eselon: null, jabatanNama: nama });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe('JABATAN_FUNGSIONAL_TANPA_JENJANG');
      expect(result.message).toContain(nama);
    }
  });
});

describe('deriveJenjang: other position types', () => {
  it.each([
    {
      jenisJabatanId: 4,
      eselon: null,
      jabatanNama: 'Pengadministrasi Umum',
      expected: 'PELAKSANA',
      source: 'rules.md §5: pelaksana (4) → PELAKSANA',
    },
    {
      jenisJabatanId: 4,
      eselon: 'IV.a',
      jabatanNama: 'Operator',
      expected: 'PELAKSANA',
      source: 'rules.md §5: type 4 wins over an eselon',
    },
    {
      jenisJabatanId: null,
      eselon: null,
      jabatanNama: 'Auditor Ahli Muda',
      expected: 'FUNGSIONAL_AHLI_MUDA',
      source: 'decision: no type, a named functional level decides',
    },
    {
      jenisJabatanId: null,
      eselon: 'III.a',
      jabatanNama: 'Kepala Bagian',
      expected: 'ADMINISTRATOR',
      source: 'decision: no type, an eselon I–IV decides',
    },
  ])('$jenisJabatanId / $eselon / "$jabatanNama" → $expected ($source)', ({ expected, ...source }) => {
    expect(deriveJenjang(source)).toEqual({ ok: true, jenjang: expected });
  });

  it.each([
    {
      jenisJabatanId: null,
      eselon: null,
      jabatanNama: 'Staf',
      error: 'JENIS_JABATAN_TIDAK_DIKETAHUI',
      source: 'decision: nothing to go on is a row error',
    },
    {
      jenisJabatanId: null,
      eselon: 'V.a',
      jabatanNama: 'Staf',
      error: 'JENIS_JABATAN_TIDAK_DIKETAHUI',
      source: 'decision: eselon V alone does not reveal the type',
    },
    {
      jenisJabatanId: 3,
      eselon: null,
      jabatanNama: 'Staf',
      error: 'JENIS_JABATAN_TIDAK_DIKENAL',
      source: 'only 1, 2, 4 exist (regulations.md §4.4)',
    },
  ])('$jenisJabatanId / $eselon / "$jabatanNama" → $error ($source)', ({ error, ...source }) => {
    const result = deriveJenjang(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });
});

describe('per job level constants (rules.md §5 table)', () => {
  it.each([
    { jenjang: 'JPT_UTAMA', standard: 5, bup: 60, source: 'rules.md §5 row JPT Utama' },
    { jenjang: 'JPT_MADYA', standard: 5, bup: 60, source: 'rules.md §5 row JPT Madya' },
    { jenjang: 'JPT_PRATAMA', standard: 4, bup: 60, source: 'rules.md §5 row JPT Pratama' },
    {
      jenjang: 'ADMINISTRATOR',
      standard: 3,
      bup: 58,
      source: 'rules.md §5 row Administrator (level 3 confirmed, PermenPANRB 38/2017)',
    },
    { jenjang: 'PENGAWAS', standard: 2, bup: 58, source: 'rules.md §5 row Pengawas' },
    { jenjang: 'PELAKSANA', standard: 1, bup: 58, source: 'rules.md §5 row Pelaksana' },
    {
      jenjang: 'FUNGSIONAL_AHLI_UTAMA',
      standard: 4,
      bup: 65,
      source: 'rules.md §5 row Ahli Utama; BKN 2024: 65',
    },
    { jenjang: 'FUNGSIONAL_AHLI_MADYA', standard: 3, bup: 60, source: 'rules.md §5 row Ahli Madya' },
    { jenjang: 'FUNGSIONAL_AHLI_MUDA', standard: 2, bup: 58, source: 'rules.md §5 row Ahli Muda' },
    {
      jenjang: 'FUNGSIONAL_AHLI_PERTAMA',
      standard: 1,
      bup: 58,
      source: 'rules.md §5 last row (ahli pertama)',
    },
    {
      jenjang: 'FUNGSIONAL_KETERAMPILAN',
      standard: 1,
      bup: 58,
      source: 'rules.md §5 last row (keterampilan)',
    },
  ] as const)('$jenjang: standard level $standard, BUP $bup ($source)', ({ jenjang, standard, bup }) => {
    expect(DEFAULT_STANDARD_LEVEL[jenjang]).toBe(standard);
    expect(RETIREMENT_AGE[jenjang]).toBe(bup);
    expect(retirementAgeFor(jenjang)).toBe(bup);
  });

  it('covers all 11 job levels', () => {
    expect(Object.keys(DEFAULT_STANDARD_LEVEL).sort()).toEqual([...JENJANG_CODES].sort());
    expect(Object.keys(RETIREMENT_AGE).sort()).toEqual([...JENJANG_CODES].sort());
  });
});
