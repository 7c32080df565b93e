import type { EmploymentType, NipError, Sex, WarningCode } from './codes.js';
import { isValidDateParts, isoDate, type IsoDate, type IsoYearMonth } from './dates.js';

/**
 * NIP (Nomor Identitas PNS): 18 digits `YYYYMMDD YYYYMM G NNN` = birth date, year and month of first
 * appointment (TMT CPNS), sex (1 male, 2 female), serial (Perka BKN 22/2007; rules.md §5; regulations.md §4.1).
 * There is no +40 on the day for women: that rule belongs to the NIK.
 */
export type NipResult =
  | {
      readonly ok: true;
      /** The 18 digits, whitespace removed. */
      readonly nip: string;
      readonly birthDate: IsoDate;
      readonly appointmentYearMonth: IsoYearMonth;
      readonly sex: Sex;
      readonly serial: string;
    }
  | { readonly ok: false; readonly error: NipError; readonly message: string };

export type NipInvalid = Extract<NipResult, { ok: false }>;

function invalid(error: NipError, message: string): NipInvalid {
  return { ok: false, error, message };
}

/** Removes whitespace, so that `19660801 198803 1 001` reads as its 18 digits. */
export function normalizeNip(value: string): string {
  return value.replace(/\s+/g, '');
}

/**
 * Parses and validates a PNS NIP (Perka BKN 22/2007; rules.md §5). Invalid, checked in this order: not
 * exactly 18 digits; a birth date that does not exist; an appointment month that does not exist or lies
 * before the birth month; a sex digit other than 1 or 2. Whitespace is ignored.
 */
export function parseNip(value: string): NipResult {
  const nip = normalizeNip(value);
  if (!/^\d{18}$/.test(nip)) {
    return invalid('NIP_BUKAN_18_DIGIT', `NIP harus tepat 18 digit angka (diterima "${value}").`);
  }
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  if (!isValidDateParts(birthYear, birthMonth, birthDay)) {
    return invalid(
      'NIP_TGL_LAHIR_TIDAK_VALID',
      `Tanggal lahir pada NIP (${nip.slice(0, 8)}) bukan tanggal yang ada.`,
    );
  }
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtYear < 1 || tmtMonth < 1 || tmtMonth > 12) {
    return invalid('NIP_TMT_CPNS_TIDAK_VALID', `Bulan TMT CPNS pada NIP (${nip.slice(8, 14)}) tidak ada.`);
  }
  if (tmtYear * 12 + tmtMonth < birthYear * 12 + birthMonth) {
    return invalid(
      'NIP_TMT_CPNS_SEBELUM_LAHIR',
      `TMT CPNS pada NIP (${nip.slice(8, 14)}) mendahului tanggal lahir (${nip.slice(0, 8)}).`,
    );
  }
  const sexDigit = nip.charAt(14);
  if (sexDigit !== '1' && sexDigit !== '2') {
    return invalid(
      'NIP_JENIS_KELAMIN_TIDAK_VALID',
      `Digit jenis kelamin pada NIP (digit ke-15) harus 1 (laki-laki) atau 2 (perempuan), bukan ${sexDigit}.`,
    );
  }
  return {
    ok: true,
    nip,
    birthDate: isoDate(birthYear, birthMonth, birthDay),
    appointmentYearMonth: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    sex: sexDigit === '1' ? 'L' : 'P',
    serial: nip.slice(15, 18),
  };
}

export type PppkNumberResult =
  | { readonly ok: true; readonly nip: string }
  | { readonly ok: false; readonly error: 'NIP_BUKAN_18_DIGIT'; readonly message: string };

/**
 * Validates a PPPK identity number: only its length (18) and that it is all digits; its inner structure
 * follows other rules (rules.md §5; regulations.md §4.1 "format of NI PPPK uncertain").
 */
export function validatePppkNumber(value: string): PppkNumberResult {
  const nip = normalizeNip(value);
  return /^\d{18}$/.test(nip)
    ? { ok: true, nip }
    : {
        ok: false,
        error: 'NIP_BUKAN_18_DIGIT',
        message: `Nomor induk PPPK harus tepat 18 digit angka (diterima "${value}").`,
      };
}

/**
 * Validates an employee number by employment type: full NIP rules for PNS, length and digits for PPPK
 * (rules.md §5). Returns the normalised number or the error.
 */
export function validateEmployeeNumber(
  value: string,
  employmentType: EmploymentType,
): { readonly ok: true; readonly nip: string } | NipInvalid {
  if (employmentType === 'PPPK') return validatePppkNumber(value);
  const parsed = parseNip(value);
  return parsed.ok ? { ok: true, nip: parsed.nip } : parsed;
}

export interface NipRecordFields {
  readonly tglLahir: IsoDate | null;
  readonly jenisKelamin: Sex | null;
}

/**
 * Compares a PNS record's birth date and sex with its NIP (import-format.md §3: a disagreement is a warning,
 * the record is kept as given). Empty fields and NIPs that do not parse give no warning.
 */
export function checkRecordAgainstNip(nip: string, record: NipRecordFields): WarningCode[] {
  const parsed = parseNip(nip);
  if (!parsed.ok) return [];
  const warnings: WarningCode[] = [];
  if (record.tglLahir !== null && record.tglLahir !== parsed.birthDate) {
    warnings.push('NIP_TIDAK_SESUAI_TGL_LAHIR');
  }
  if (record.jenisKelamin !== null && record.jenisKelamin !== parsed.sex) {
    warnings.push('NIP_TIDAK_SESUAI_JENIS_KELAMIN');
  }
  return warnings;
}

export interface NipParts {
  readonly birthDate: IsoDate;
  readonly appointmentYearMonth: IsoYearMonth;
  readonly sex: Sex;
  /** 1–999, written with 3 digits. */
  readonly serial: number;
}

/**
 * Builds a NIP from its parts (Perka BKN 22/2007 layout), e.g. for demo data. Throws `RangeError` when the
 * parts cannot make a valid NIP (a programming error in the caller).
 */
export function buildNip(parts: NipParts): string {
  const { birthDate, appointmentYearMonth, sex, serial } = parts;
  if (!Number.isInteger(serial) || serial < 0 || serial > 999) {
    throw new RangeError(`Nomor urut NIP harus 0–999, bukan ${serial}.`);
  }
  const nip =
    birthDate.replace(/-/g, '') +
    appointmentYearMonth.replace('-', '') +
    (sex === 'L' ? '1' : '2') +
    String(serial).padStart(3, '0');
  const parsed = parseNip(nip);
  if (!parsed.ok || parsed.birthDate !== birthDate || parsed.appointmentYearMonth !== appointmentYearMonth) {
    throw new RangeError(`Bagian NIP tidak valid: ${parsed.ok ? nip : parsed.message}`);
  }
  return nip;
}
