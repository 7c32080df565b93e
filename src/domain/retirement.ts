import type { Jenjang } from './codes.js';
import {
  firstDayOfNextMonth,
  isIsoDate,
  isoDate,
  monthOf,
  yearOf,
  yearsBetween,
  type IsoDate,
} from './dates.js';
import { retirementAgeFor } from './jenjang.js';
import { parseNip } from './nip.js';

/**
 * Retirement date for a given retirement age (rules.md §5 [REG]): the first day of the month after the
 * month in which the employee reaches that age. A 29 February birthday is reached in February of the
 * retirement year, leap or not, so only the month matters.
 */
export function retirementDateAtAge(birthDate: IsoDate, retirementAge: number): IsoDate {
  return firstDayOfNextMonth(isoDate(yearOf(birthDate) + retirementAge, monthOf(birthDate), 1));
}

/** Retirement date for the BUP of a job level (UU 20/2023 Art. 55; rules.md §5). */
export function retirementDate(birthDate: IsoDate, jenjang: Jenjang): IsoDate {
  return retirementDateAtAge(birthDate, retirementAgeFor(jenjang));
}

export interface RetirementSource {
  /** Birth date from the record, when known. */
  readonly tglLahir: IsoDate | null;
  readonly nip: string | null;
}

/**
 * The birth date to use for retirement (rules.md §5): the record's, else the one in the NIP; `null` when
 * neither is usable.
 */
export function birthDateFor(source: RetirementSource): IsoDate | null {
  if (source.tglLahir !== null && isIsoDate(source.tglLahir)) return source.tglLahir;
  if (source.nip === null) return null;
  const parsed = parseNip(source.nip);
  return parsed.ok ? parsed.birthDate : null;
}

/**
 * Retirement date of an employee at the BUP of `jenjang` (their current level, or a target level for
 * succession, rules.md §6), with the birth date from the record else the NIP; `null` when unknown.
 */
export function retirementDateFor(source: RetirementSource, jenjang: Jenjang): IsoDate | null {
  const birth = birthDateFor(source);
  return birth === null ? null : retirementDate(birth, jenjang);
}

/** Years (whole months ÷ 12) from a reference date to a retirement date; negative once retired. */
export function yearsToRetirement(reference: IsoDate, retirement: IsoDate): number {
  return yearsBetween(reference, retirement);
}
