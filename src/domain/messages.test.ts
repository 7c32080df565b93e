import { describe, expect, it } from 'vitest';
import { NOT_MAPPED_REASON_CODES, WARNING_CODES } from './codes.js';
import { WARNING_TEXTS, formatDate, formatGap, formatScore, missingDataText } from './messages.js';

describe('display formats (rules.md preamble: round to two decimals only for display)', () => {
  it.each([
    { value: 85, text: '85,00' },
    { value: 3.2, text: '3,20' },
    { value: 84.999, text: '85,00' },
    { value: 100 / 3, text: '33,33' },
    { value: 0, text: '0,00' },
  ])('formatScore($value) = $text', ({ value, text }) => {
    expect(formatScore(value)).toBe(text);
  });

  it.each([
    { gap: 85 - 81.8, text: '3,20', source: 'float noise is not rounded up' },
    { gap: 3.201, text: '3,21', source: 'rounded up so that the step is enough' },
    { gap: 0.001, text: '0,01', source: 'at least 0,01' },
    { gap: 1e-9, text: '0,01', source: 'a hair below the cut-off still needs 0,01' },
    { gap: 5, text: '5,00', source: 'whole' },
  ])('formatGap($gap) = $text ($source)', ({ gap, text }) => {
    expect(formatGap(gap)).toBe(text);
  });

  it.each([
    { date: '2025-12-31', text: '31 Desember 2025' },
    { date: '2023-01-01', text: '1 Januari 2023' },
    { date: '2024-02-29', text: '29 Februari 2024' },
  ])('formatDate($date) = $text', ({ date, text }) => {
    expect(formatDate(date)).toBe(text);
  });
});

describe('texts', () => {
  it.each(NOT_MAPPED_REASON_CODES.map((reason) => ({ reason })))(
    'reason $reason has a text',
    ({ reason }) => {
      expect(missingDataText(reason, 2025, 3).length).toBeGreaterThan(20);
    },
  );

  it.each([
    { reason: 'SKP_TAHUN_BERJALAN_TIDAK_ADA', contains: 'SKP tahun 2025', source: 'rules.md §1.2' },
    {
      reason: 'ASESMEN_KOMPETENSI_TIDAK_ADA',
      contains: '1 Januari 2023 sampai 31 Desember 2025',
      source: 'rules.md §2 validity',
    },
    {
      reason: 'ASESMEN_POTENSI_TIDAK_ADA',
      contains: '1 Januari 2023 sampai 31 Desember 2025',
      source: 'rules.md §2 validity',
    },
  ] as const)('$reason mentions "$contains" ($source)', ({ reason, contains }) => {
    expect(missingDataText(reason, 2025, 3)).toContain(contains);
  });

  it('every warning has a text', () => {
    expect(Object.keys(WARNING_TEXTS).sort()).toEqual([...WARNING_CODES].sort());
  });
});
