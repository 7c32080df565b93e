import {
  JENJANG_CODES,
  type Education,
  type EmploymentType,
  type Jenjang,
  type Predikat,
  type Rating,
  type Severity,
  type Sex,
} from '../../domain/codes.js';
import { isValidDateParts, isoDate, type IsoDate } from '../../domain/dates.js';
import { parseEducation } from '../../domain/education.js';
import { parsePnsRank, parsePppkGrade, type PnsRank, type PppkGrade } from '../../domain/golongan.js';
import { parseEselon } from '../../domain/jenjang.js';
import { parsePredikat, parseRating } from '../../domain/predikat.js';

/**
 * The one place where SIASN's and spreadsheets' spellings become Talenta's codes (import-format.md §2).
 * Each function takes a non-empty cell value and returns the code, or `null` when it does not recognise
 * it (the caller turns that into a row error). Where the domain already parses a value, it is used here.
 */

/** A cell as the readers give it: CSV text, XLSX/JSON numbers, booleans and dates. Empty = null. */
export type CellValue = string | number | boolean | Date;

/** Upper case, letters and digits only: "Laki-laki" → "LAKILAKI". */
function squash(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]+/g, '');
}

/** Rating hasil kerja / perilaku kerja: `DI_ATAS_EKSPEKTASI`, `Di Atas Ekspektasi`, `diatas ekspektasi`. */
export function normalizeRating(value: CellValue): Rating | null {
  return typeof value === 'string' ? parseRating(value) : null;
}

/** Predikat kinerja: `SANGAT_BAIK`, `Sangat Baik`, `Kurang/Misconduct`, `butuh perbaikan`. */
export function normalizePredikat(value: CellValue): Predikat | null {
  return typeof value === 'string' ? parsePredikat(value) : null;
}

/** Education: `S1`, `S-1/Sarjana`, `D-III`, `Diploma III`, `SLTA`, `SMU`, `SMK`. */
export function normalizeEducation(value: CellValue): Education | null {
  return typeof value === 'string' ? parseEducation(value) : null;
}

const SEXES: Readonly<Record<string, Sex>> = {
  L: 'L',
  P: 'P',
  M: 'L',
  F: 'P',
  '1': 'L',
  '2': 'P',
  LAKILAKI: 'L',
  LAKI: 'L',
  PRIA: 'L',
  PEREMPUAN: 'P',
  WANITA: 'P',
  MALE: 'L',
  FEMALE: 'P',
};

/** Jenis kelamin: L/P, M/F, 1/2 (the NIP's digit), Laki-laki/Perempuan, Pria/Wanita. */
export function normalizeSex(value: CellValue): Sex | null {
  return SEXES[squash(String(value))] ?? null;
}

/** Jenis pegawai: PNS (also CPNS), PPPK (also P3K). */
export function normalizeEmploymentType(value: CellValue): EmploymentType | null {
  const key = squash(String(value));
  if (key === 'PNS' || key === 'CPNS') return 'PNS';
  if (key === 'PPPK' || key === 'P3K') return 'PPPK';
  return null;
}

/** Golongan ruang of a PNS (`III/c`, `III-c`, `IIIc`, `3c`) or the grade of a PPPK (`IX`, `9`). */
export function normalizeGolongan(value: CellValue, type: EmploymentType): PnsRank | PppkGrade | null {
  const text = String(value);
  return type === 'PPPK' ? parsePppkGrade(text) : parsePnsRank(text);
}

/** Golongan ruang of a PNS only (a position's minimum rank). */
export function normalizePnsRank(value: CellValue): PnsRank | null {
  return parsePnsRank(String(value));
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V'] as const;

/**
 * Eselon as `II.a` (`null` for "no eselon" is the caller's empty cell). Accepted: `III.a`, `IIIa`, `III/a`,
 * `3a`, a bare level `II`, and SIASN's eselon ids `21` (II.a) / `22` (II.b). Returns `undefined` when the
 * value is not an eselon; `null` when it says explicitly "none" (`Non Eselon`, `-`, `0`).
 */
export function normalizeEselon(value: CellValue): string | null | undefined {
  const text = String(value).trim();
  const key = squash(text);
  if (key === '' || key === '0' || key === 'NONESELON' || key === 'NONE' || key === 'TIDAKADA') return null;
  const id = /^([1-5])([12])$/.exec(key);
  if (id) return `${ROMAN[Number(id[1])]}.${id[2] === '1' ? 'a' : 'b'}`;
  const parsed = parseEselon(text);
  if (!parsed) return undefined;
  return parsed.sub ? `${ROMAN[parsed.level]}.${parsed.sub}` : (ROMAN[parsed.level] ?? undefined);
}

const JENJANG_LABELS: Readonly<Record<string, Jenjang>> = {
  JPTUTAMA: 'JPT_UTAMA',
  JPTMADYA: 'JPT_MADYA',
  JPTPRATAMA: 'JPT_PRATAMA',
  PIMPINANTINGGIUTAMA: 'JPT_UTAMA',
  PIMPINANTINGGIMADYA: 'JPT_MADYA',
  PIMPINANTINGGIPRATAMA: 'JPT_PRATAMA',
  ADMINISTRATOR: 'ADMINISTRATOR',
  PENGAWAS: 'PENGAWAS',
  PELAKSANA: 'PELAKSANA',
  AHLIUTAMA: 'FUNGSIONAL_AHLI_UTAMA',
  AHLIMADYA: 'FUNGSIONAL_AHLI_MADYA',
  AHLIMUDA: 'FUNGSIONAL_AHLI_MUDA',
  AHLIPERTAMA: 'FUNGSIONAL_AHLI_PERTAMA',
  KETERAMPILAN: 'FUNGSIONAL_KETERAMPILAN',
  TERAMPIL: 'FUNGSIONAL_KETERAMPILAN',
  MAHIR: 'FUNGSIONAL_KETERAMPILAN',
  PENYELIA: 'FUNGSIONAL_KETERAMPILAN',
  PEMULA: 'FUNGSIONAL_KETERAMPILAN',
};

/** Job level: its code (`FUNGSIONAL_AHLI_MUDA`) or label (`Fungsional Ahli Muda`, `Ahli Muda`, `JPT Pratama`). */
export function normalizeJenjang(value: CellValue): Jenjang | null {
  const text = String(value);
  const code = text
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_');
  if ((JENJANG_CODES as readonly string[]).includes(code)) return code as Jenjang;
  const key = squash(text)
    .replace(/^JABATAN/, '')
    .replace(/^FUNGSIONAL/, '');
  return JENJANG_LABELS[key] ?? null;
}

/** Tingkat hukuman disiplin: `RINGAN`, `Sedang`, `Hukuman Disiplin Berat`. */
export function normalizeSeverity(value: CellValue): Severity | null {
  const key = squash(String(value));
  const hits = (['RINGAN', 'SEDANG', 'BERAT'] as const).filter((s) => key.includes(s));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

/** Yes/no: ya/tidak, y/t, yes/no, true/false, 1/0. */
export function normalizeYesNo(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  const key = squash(String(value));
  if (['YA', 'Y', 'YES', 'TRUE', '1', 'BENAR'].includes(key)) return true;
  if (['TIDAK', 'T', 'N', 'NO', 'FALSE', '0', 'BUKAN', 'SALAH'].includes(key)) return false;
  return null;
}

/** A decimal number; text may use a decimal comma (`3,5`, Indonesian Excel) or point (`3.5`). */
export function normalizeDecimal(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^-?\d+(?:[.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

/** A whole number; text may group thousands with points (`1.500.000`) and carry `Rp`. */
export function normalizeInteger(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/^Rp\.?\s*/i, '');
  if (/^-?\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(?:\.\d{3})+(?:,0+)?$/.test(text)) return Number(text.replace(/,0+$/, '').replace(/\./g, ''));
  return null;
}

export type DateResult =
  | { ok: true; date: IsoDate }
  /** `format`: not a recognised spelling; `nonexistent`: right shape, but no such day (31-02-1985). */
  | { ok: false; reason: 'format' | 'nonexistent'; year?: number; month?: number };

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for (serials ≥ 61).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function fromParts(year: number, month: number, day: number): DateResult {
  return isValidDateParts(year, month, day)
    ? { ok: true, date: isoDate(year, month, day) }
    : { ok: false, reason: 'nonexistent', year, month };
}

/**
 * Dates (import-format.md §1): `DD-MM-YYYY` (SIASN), `YYYY-MM-DD`, an Excel date cell, or an Excel serial
 * number. A date cell is read by its UTC parts (readers build dates at UTC midnight). Anything else fails.
 */
export function normalizeDate(value: CellValue): DateResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'format' };
    return fromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 61 || value > 2_958_465) return { ok: false, reason: 'format' };
    const d = new Date(EXCEL_EPOCH_MS + value * DAY_MS);
    return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof value !== 'string') return { ok: false, reason: 'format' };
  const text = value.trim();
  const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  if (dmy) return fromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (ymd) return fromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return { ok: false, reason: 'format' };
}

/** Shows a date the way SIASN writes it: `DD-MM-YYYY`. */
export function formatDmy(date: IsoDate): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}

/**
 * A NIP or identity number as written, whitespace removed. A number cell is read back as its digits only
 * when exact: an 18-digit NIP typed as a number has lost its last digits in Excel (`null`).
 */
export function normalizeNipText(value: CellValue): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : null;
  return String(value).replace(/\s+/g, '');
}
