/**
 * Date-only arithmetic for the generator, on plain numbers and `YYYY-MM-DD` strings, never on `Date`, so the
 * output does not depend on the machine's time zone. Months are counted as `year * 12 + (month - 1)`.
 */

export type IsoDate = string;

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 30);
}

export function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Month index (year × 12 + month − 1) of a date. */
export function monthIndex(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The given day of the month with index `m` (clamped to the month's length). */
export function fromMonthIndex(m: number, day = 1): IsoDate {
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  return iso(year, month, Math.min(day, daysInMonth(year, month)));
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Adds whole months, keeping the day where the target month has it. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromMonthIndex(monthIndex(date) + months, Number(date.slice(8, 10)));
}

/** Adds days (small counts; walks month by month). */
export function addDays(date: IsoDate, days: number): IsoDate {
  let y = Number(date.slice(0, 4));
  let m = Number(date.slice(5, 7));
  let d = Number(date.slice(8, 10)) + days;
  while (d > daysInMonth(y, m)) {
    d -= daysInMonth(y, m);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  while (d < 1) {
    m--;
    if (m < 1) {
      m = 12;
      y--;
    }
    d += daysInMonth(y, m);
  }
  return iso(y, m, d);
}
