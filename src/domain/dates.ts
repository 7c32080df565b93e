/**
 * Date-only values (no time zone) as ISO strings `YYYY-MM-DD` (architecture.md §3: birth, appointment and
 * decision dates are dates). Everything here is calendar arithmetic on the digits; nothing reads the clock
 * or builds a `Date`, so results never depend on the machine's time zone.
 */

/** A calendar date `YYYY-MM-DD`. Functions that take one assume it is valid (check with `isIsoDate`). */
export type IsoDate = string;

/** A calendar month `YYYY-MM` (e.g. the TMT CPNS part of a NIP). */
export type IsoYearMonth = string;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days of `month` (1–12) in `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** True when year 1–9999, month 1–12 and the day exists in that month. */
export function isValidDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function digitsAt(value: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Parses a strict `YYYY-MM-DD` that names a real calendar date; `null` otherwise (e.g. `2023-02-29`). */
export function parseIsoDate(value: string): DateParts | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  return isValidDateParts(year, month, day) ? { year, month, day } : null;
}

/** True for a strict `YYYY-MM-DD` naming a real calendar date. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats a date; throws `RangeError` when the parts do not name a real date (a programming error). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidDateParts(year, month, day)) {
    throw new RangeError(`Tanggal tidak valid: ${year}-${month}-${day}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Year of a valid ISO date, read from its digits (no allocation). */
export function yearOf(date: IsoDate): number {
  return (
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  );
}

/** Month (1–12) of a valid ISO date. */
export function monthOf(date: IsoDate): number {
  return (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
}

/** Day of month of a valid ISO date. */
export function dayOf(date: IsoDate): number {
  return (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
}

/** -1, 0 or 1. Valid ISO dates order like their strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whole months elapsed from `from` to `to` (rules.md: "years" = whole months ÷ 12).
 *
 * A month counts once the day-of-month of `from` is reached in the later month. End of month: when that
 * day does not exist in the later month (from the 29th–31st), reaching the **last day** of that month counts
 * (31 Jan → 28 Feb = 1 month; 29 Feb 2024 → 28 Feb 2025 = 12 months). Equivalently: the largest `n` with
 * `addMonths(from, n) <= to`. Negative (mirrored) when `to` is before `from`; callers clamp as they need.
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -monthsBetween(to, from);
  const fromDay = dayOf(from);
  const toYear = yearOf(to);
  const toMonth = monthOf(to);
  const toDay = dayOf(to);
  let months = (toYear - yearOf(from)) * 12 + (toMonth - monthOf(from));
  if (toDay < fromDay && toDay < daysInMonth(toYear, toMonth)) months -= 1;
  return months;
}

/** Years between two dates = whole months ÷ 12 (rules.md preamble: 15 Mar 2021 → 31 Dec 2025 = 4.75). */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  return monthsBetween(from, to) / 12;
}

/** Reference date of a mapping for year Y: 31 December Y (rules.md preamble). */
export function referenceDate(year: number): IsoDate {
  return `${pad(year, 4)}-12-31`;
}

/**
 * Adds (or, when negative, subtracts) whole months; the day is clamped to the end of the target month
 * (31 Jan + 1 month = 28/29 Feb).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const total = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(dayOf(date), daysInMonth(year, month));
  return isoDate(year, month, day);
}

/** The first day of the month after the month of `date`. */
export function firstDayOfNextMonth(date: IsoDate): IsoDate {
  const month = monthOf(date);
  return month === 12 ? isoDate(yearOf(date) + 1, 1, 1) : isoDate(yearOf(date), month + 1, 1);
}
