import type { Jenjang } from '../codes.js';
import { monthsBetween, yearOf, type IsoDate } from '../dates.js';
import { retirementDate } from '../retirement.js';

/** A key position with its incumbent's birth date (none when vacant). */
export interface HeldKeyPosition {
  readonly positionId: string;
  readonly jenjang: Jenjang;
  /** `null` when vacant; `birthDate` null when the incumbent's birth date is unknown. */
  readonly incumbent: { readonly employeeId: string; readonly birthDate: IsoDate | null } | null;
}

export interface VacancyForecast {
  readonly positionId: string;
  /** VACANT now, RETIREMENT at the incumbent's BUP, UNKNOWN without a birth date. */
  readonly kind: 'KOSONG' | 'PENSIUN' | 'TIDAK_DIKETAHUI';
  /** The incumbent's retirement date at the position's BUP (rules.md §5: first day of the next month). */
  readonly vacancyDate: IsoDate | null;
  /** Whole months from the reference date; ≤ 0 once due. */
  readonly monthsFromReference: number | null;
}

/**
 * Vacancy forecast (product.md §2.6, rules.md §5): a vacant key position is open now; a held one opens on
 * its incumbent's retirement date at the BUP of the position's level.
 */
export function forecastVacancies(
  positions: readonly HeldKeyPosition[],
  referenceDate: IsoDate,
): VacancyForecast[] {
  return positions.map((p) => {
    if (p.incumbent === null)
      return { positionId: p.positionId, kind: 'KOSONG', vacancyDate: null, monthsFromReference: 0 };
    if (p.incumbent.birthDate === null)
      return {
        positionId: p.positionId,
        kind: 'TIDAK_DIKETAHUI',
        vacancyDate: null,
        monthsFromReference: null,
      };
    const date = retirementDate(p.incumbent.birthDate, p.jenjang);
    return {
      positionId: p.positionId,
      kind: 'PENSIUN',
      vacancyDate: date,
      monthsFromReference: monthsBetween(referenceDate, date),
    };
  });
}

/** Vacancies per calendar year over `years` years from the reference year (vacant-now counts in year Y). */
export function vacanciesPerYear(
  forecasts: readonly VacancyForecast[],
  referenceYear: number,
  years: number,
): { tahun: number; jumlah: number }[] {
  const counts = new Map<number, number>();
  for (let y = referenceYear; y < referenceYear + years; y++) counts.set(y, 0);
  for (const f of forecasts) {
    const y =
      f.kind === 'KOSONG'
        ? referenceYear
        : f.vacancyDate === null
          ? null
          : Math.max(referenceYear, yearOf(f.vacancyDate));
    if (y !== null && counts.has(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts].map(([tahun, jumlah]) => ({ tahun, jumlah }));
}
