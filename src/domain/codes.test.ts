import { describe, expect, it } from 'vitest';
import {
  EDUCATION_CODES,
  JENJANG_CODES,
  JENJANG_LABELS,
  NOT_MAPPED_REASON_CODES,
  PREDIKAT_CODES,
  PREDIKAT_LABELS,
  RATING_CODES,
  SEVERITY_CODES,
  WARNING_CODES,
  isEducation,
  isJenjang,
  isPredikat,
  isRating,
  isSeverity,
} from './codes.js';

describe('code lists', () => {
  it.each([
    {
      name: 'JENJANG_CODES',
      domain: JENJANG_CODES,
      count: 11,
      source: 'rules.md §5 job level codes',
    },
    {
      name: 'EDUCATION_CODES',
      domain: EDUCATION_CODES,
      count: 10,
      source: 'rules.md §5 education order',
    },
    {
      name: 'RATING_CODES',
      domain: RATING_CODES,
      count: 3,
      source: 'rules.md §1.1',
    },
    {
      name: 'PREDIKAT_CODES',
      domain: PREDIKAT_CODES,
      count: 5,
      source: 'rules.md §1.1',
    },
    {
      name: 'SEVERITY_CODES',
      domain: SEVERITY_CODES,
      count: 3,
      source: 'PP 94/2021 Art. 8',
    },
  ])('$name has $count codes ($source)', ({ domain, count }) => {
    expect(domain).toHaveLength(count);
    expect(new Set(domain).size).toBe(count);
  });

  it.each([
    { code: 'SKP_TAHUN_BERJALAN_TIDAK_ADA', source: 'rules.md §1.2' },
    { code: 'ASESMEN_KOMPETENSI_TIDAK_ADA', source: 'rules.md §2 (K)' },
    { code: 'ASESMEN_POTENSI_TIDAK_ADA', source: 'rules.md §2 (P)' },
  ])('reason $code exists ($source)', ({ code }) => {
    expect(NOT_MAPPED_REASON_CODES).toContain(code);
  });

  it.each([
    { code: 'PENDIDIKAN_TIDAK_DIKETAHUI', source: 'rules.md §2 (R education)' },
    { code: 'PREDIKAT_TIDAK_SESUAI_RATING', source: 'rules.md §1.1' },
    { code: 'NIP_TIDAK_SESUAI_TGL_LAHIR', source: 'import-format.md §3' },
    { code: 'NIP_TIDAK_SESUAI_JENIS_KELAMIN', source: 'import-format.md §3' },
  ])('warning $code exists ($source)', ({ code }) => {
    expect(WARNING_CODES).toContain(code);
  });

  it.each([
    { guard: isJenjang, yes: 'JPT_PRATAMA', no: 'JPT' },
    { guard: isEducation, yes: 'D4', no: 'D5' },
    { guard: isRating, yes: 'SESUAI_EKSPEKTASI', no: 'SESUAI' },
    { guard: isPredikat, yes: 'SANGAT_BAIK', no: 'Sangat Baik' },
    { guard: isSeverity, yes: 'BERAT', no: 'berat' },
  ])('type guard accepts $yes and refuses $no', ({ guard, yes, no }) => {
    expect(guard(yes)).toBe(true);
    expect(guard(no)).toBe(false);
    expect(guard(null)).toBe(false);
  });

  it('every predikat and job level has a label (rules.md §1.1 UI labels, §5)', () => {
    expect(Object.keys(PREDIKAT_LABELS).sort()).toEqual([...PREDIKAT_CODES].sort());
    expect(PREDIKAT_LABELS.KURANG).toBe('Kurang/Misconduct');
    expect(Object.keys(JENJANG_LABELS).sort()).toEqual([...JENJANG_CODES].sort());
  });
});
