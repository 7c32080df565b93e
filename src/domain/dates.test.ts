import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysInMonth,
  firstDayOfNextMonth,
  isIsoDate,
  isLeapYear,
  isoDate,
  monthsBetween,
  parseIsoDate,
  referenceDate,
  yearsBetween,
} from './dates.js';

describe('parseIsoDate / isIsoDate', () => {
  it.each([
    {
      value: '2025-12-31',
      expected: { year: 2025, month: 12, day: 31 },
      source: 'architecture.md §3 date-only value',
    },
    { value: '2024-02-29', expected: { year: 2024, month: 2, day: 29 }, source: 'leap day exists in 2024' },
    { value: '2023-02-29', expected: null, source: 'no 29 Feb in 2023' },
    { value: '1900-02-29', expected: null, source: 'Gregorian: 1900 is not a leap year' },
    {
      value: '2000-02-29',
      expected: { year: 2000, month: 2, day: 29 },
      source: 'Gregorian: 2000 is a leap year',
    },
    { value: '2025-04-31', expected: null, source: 'April has 30 days' },
    { value: '2025-13-01', expected: null, source: 'month 13' },
    { value: '2025-00-10', expected: null, source: 'month 0' },
    { value: '2025-01-00', expected: null, source: 'day 0' },
    { value: '0000-01-01', expected: null, source: 'year 0' },
    { value: '2025-4-1', expected: null, source: 'not zero-padded' },
    { value: '20250401', expected: null, source: 'no dashes' },
    { value: '2025-04-01T00:00', expected: null, source: 'a timestamp is not a date' },
    { value: '2025/04/01', expected: null, source: 'wrong separator' },
    { value: '', expected: null, source: 'empty' },
  ])('$value → $expected ($source)', ({ value, expected }) => {
    expect(parseIsoDate(value)).toEqual(expected);
    expect(isIsoDate(value)).toBe(expected !== null);
  });

  it.each([{ value: 20250101 }, { value: null }, { value: undefined }])(
    'non-string $value is not a date',
    ({ value }) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});

describe('isLeapYear / daysInMonth', () => {
  it.each([
    { year: 2024, leap: true, source: 'divisible by 4' },
    { year: 2023, leap: false, source: 'not divisible by 4' },
    { year: 1900, leap: false, source: 'century not divisible by 400' },
    { year: 2000, leap: true, source: 'divisible by 400' },
  ])('$year leap=$leap ($source)', ({ year, leap }) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    { year: 2024, month: 2, days: 29 },
    { year: 2023, month: 2, days: 28 },
    { year: 2025, month: 1, days: 31 },
    { year: 2025, month: 4, days: 30 },
    { year: 2025, month: 12, days: 31 },
    { year: 2025, month: 13, days: 0 },
  ])('$year-$month has $days days', ({ year, month, days }) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('monthsBetween / yearsBetween (rules.md preamble: years = whole months ÷ 12)', () => {
  it.each([
    {
      from: '2021-03-15',
      to: '2025-12-31',
      months: 57,
      source: 'rules.md preamble example: 57 months = 4.75 years',
    },
    { from: '2021-03-15', to: '2021-04-14', months: 0, source: 'day-of-month not reached' },
    { from: '2021-03-15', to: '2021-04-15', months: 1, source: 'day-of-month reached exactly' },
    { from: '2021-03-15', to: '2021-03-15', months: 0, source: 'same day' },
    { from: '2020-12-31', to: '2025-12-31', months: 60, source: 'whole years' },
    {
      from: '2023-01-31',
      to: '2023-02-28',
      months: 1,
      source: 'end of month: 31 Jan → last day of Feb counts',
    },
    { from: '2023-01-31', to: '2023-02-27', months: 0, source: 'end of month: day before Feb end does not' },
    { from: '2024-01-31', to: '2024-02-29', months: 1, source: 'end of month, leap February' },
    {
      from: '2024-01-31',
      to: '2024-02-28',
      months: 0,
      source: 'leap February: the 28th is not its last day',
    },
    { from: '2023-01-30', to: '2023-02-28', months: 1, source: 'end of month from the 30th' },
    { from: '2023-03-31', to: '2023-04-30', months: 1, source: 'end of month, 30-day month' },
    { from: '2023-03-31', to: '2023-04-29', months: 0, source: 'end of month, day before' },
    {
      from: '2024-02-29',
      to: '2025-02-28',
      months: 12,
      source: 'leap-day start, anniversary in a common year',
    },
    { from: '2024-02-29', to: '2025-02-27', months: 11, source: 'leap-day start, day before' },
    { from: '2025-12-31', to: '2021-03-15', months: -57, source: 'reversed order mirrors' },
  ])('$from → $to = $months months ($source)', ({ from, to, months }) => {
    expect(monthsBetween(from, to)).toBe(months);
    expect(yearsBetween(from, to)).toBe(months / 12);
  });

  it('rules.md preamble: 15 Mar 2021 → 31 Dec 2025 = 4.75 years', () => {
    expect(yearsBetween('2021-03-15', '2025-12-31')).toBe(4.75);
  });

  it('agrees with addMonths: the largest n with addMonths(from, n) <= to (seeded dates)', () => {
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const y1 = 2019 + next(4);
      const m1 = 1 + next(12);
      const from = isoDate(y1, m1, 1 + next(daysInMonth(y1, m1)));
      const y2 = y1 + next(3);
      const m2 = 1 + next(12);
      const to = isoDate(y2, m2, 1 + next(daysInMonth(y2, m2)));
      if (to < from) continue;
      const n = monthsBetween(from, to);
      expect(addMonths(from, n) <= to).toBe(true);
      expect(addMonths(from, n + 1) > to).toBe(true);
    }
  });
});

describe('addMonths / firstDayOfNextMonth / referenceDate', () => {
  it.each([
    { date: '2024-01-31', months: 1, expected: '2024-02-29', source: 'clamped to leap February end' },
    { date: '2023-01-31', months: 1, expected: '2023-02-28', source: 'clamped to February end' },
    { date: '2024-02-29', months: 12, expected: '2025-02-28', source: 'leap day + 1 year' },
    { date: '2025-03-15', months: -3, expected: '2024-12-15', source: 'backwards across a year' },
    { date: '2025-03-15', months: 0, expected: '2025-03-15', source: 'zero' },
    { date: '2025-11-30', months: 2, expected: '2026-01-30', source: 'forwards across a year' },
  ])('$date + $months → $expected ($source)', ({ date, months, expected }) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    { date: '2025-12-15', expected: '2026-01-01' },
    { date: '2024-02-29', expected: '2024-03-01' },
    { date: '2025-01-01', expected: '2025-02-01' },
  ])('first day after the month of $date is $expected', ({ date, expected }) => {
    expect(firstDayOfNextMonth(date)).toBe(expected);
  });

  it.each([
    { year: 2025, expected: '2025-12-31', source: 'rules.md preamble: reference date = 31 December Y' },
    { year: 2024, expected: '2024-12-31', source: 'rules.md preamble' },
  ])('referenceDate($year) = $expected ($source)', ({ year, expected }) => {
    expect(referenceDate(year)).toBe(expected);
  });

  it.each([
    { year: 2023, month: 2, day: 29 },
    { year: 2025, month: 0, day: 1 },
    { year: 2025, month: 1, day: 1.5 },
  ])('isoDate($year, $month, $day) throws', ({ year, month, day }) => {
    expect(() => isoDate(year, month, day)).toThrow(RangeError);
  });
});
