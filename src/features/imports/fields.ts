import { z } from 'zod';
import { JENIS_JABATAN } from '../../domain/jenjang.js';
import { daysInMonth } from '../../domain/dates.js';
import type { FieldIssue } from './import-types.js';
import {
  formatDmy,
  normalizeDate,
  normalizeDecimal,
  normalizeEmploymentType,
  normalizeEselon,
  normalizeInteger,
  normalizeJenjang,
  normalizePredikat,
  normalizeRating,
  normalizeSeverity,
  normalizeSex,
  normalizeYesNo,
  normalizeNipText,
  type CellValue,
} from './normalize.js';

/**
 * zod field types of the import schemas: each reads one cell through `normalize.ts` and, when it cannot,
 * adds an issue that quotes the value and says what is expected (import-format.md §3). The issue's path is
 * the column; `params.code` its code. An empty cell is null (import-format.md §1).
 */

/** A row after header matching: canonical column → cell. */
export type RowInput = Record<string, CellValue | null | undefined>;

class Fail {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

/** A failed check: the code and the message tail (what is wrong, what to write instead). */
export function fail(code: string, message: string): Fail {
  return new Fail(code, message);
}

/** The value as the user wrote it, quoted and shortened: `"31-02-1985"`. */
export function quote(value: CellValue): string {
  const text = value instanceof Date ? formatDmy(value.toISOString().slice(0, 10)) : String(value);
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

type Check<T> = (value: CellValue) => T | Fail;

function field<T>(check: Check<T>) {
  // z.unknown() lets the column be absent from the row (a file need not have every optional column).
  return z
    .unknown()
    .optional()
    .transform((input, ctx): T | null => {
      const value = input as CellValue | null | undefined;
      if (value === null || value === undefined || value === '') return null;
      const result = check(value);
      if (result instanceof Fail) {
        ctx.addIssue({
          code: 'custom',
          message: result.message,
          params: { code: result.code },
          input: value,
        });
        return z.NEVER;
      }
      return result;
    });
}

/** An optional column: null when empty. */
export const opt = <T>(check: Check<T>) => field(check);

/** A required column (`*` in import-format.md §2): empty is an error. */
export function req<T>(check: Check<T>) {
  return field(check).transform((value, ctx): T => {
    if (value === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'kosong, padahal wajib diisi.',
        params: { code: 'WAJIB_DIISI' },
      });
      return z.NEVER;
    }
    return value;
  });
}

/** Adds a cross-column issue inside a schema's `.transform`. */
export function addIssue(ctx: z.RefinementCtx, issue: FieldIssue): void {
  ctx.addIssue({
    code: 'custom',
    message: issue.message,
    path: issue.column === null ? [] : [issue.column],
    params: { code: issue.code },
  });
}

export const text: Check<string> = (v) => {
  const s = v instanceof Date ? formatDmy(v.toISOString().slice(0, 10)) : String(v).trim();
  return s.length > 500 ? fail('TEKS_TERLALU_PANJANG', `lebih dari 500 karakter.`) : s;
};

/** The 18 digits of a NIP or PPPK number; the structure is checked where the employment type is known. */
export const nipDigits: Check<string> = (v) => {
  const nip = normalizeNipText(v);
  if (nip === null)
    return fail(
      'NIP_TERTULIS_ANGKA',
      `${quote(v)} tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang. Format kolom sebagai Teks lalu ketik ulang NIP.`,
    );
  return /^\d{18}$/.test(nip)
    ? nip
    : fail('NIP_BUKAN_18_DIGIT', `${quote(v)} bukan NIP: harus tepat 18 digit angka.`);
};

export const date: Check<string> = (v) => {
  const r = normalizeDate(v);
  if (r.ok) return r.date;
  if (r.reason === 'nonexistent' && r.year && r.month && r.month >= 1 && r.month <= 12) {
    const last = daysInMonth(r.year, r.month);
    const example = `${String(last).padStart(2, '0')}-${String(r.month).padStart(2, '0')}-${r.year}`;
    return fail(
      'TANGGAL_TIDAK_ADA',
      `${quote(v)} bukan tanggal yang ada. Tulis DD-MM-YYYY, mis. ${example}.`,
    );
  }
  if (r.reason === 'nonexistent')
    return fail(
      'TANGGAL_TIDAK_ADA',
      `${quote(v)} bukan tanggal yang ada. Tulis DD-MM-YYYY, mis. 15-06-1985.`,
    );
  return fail(
    'TANGGAL_TIDAK_DIKENALI',
    `${quote(v)} bukan tanggal yang dikenali. Tulis DD-MM-YYYY (mis. 15-06-1985), YYYY-MM-DD, atau pakai sel tanggal Excel.`,
  );
};

export const rating: Check<ReturnType<typeof normalizeRating> & string> = (v) =>
  normalizeRating(v) ??
  fail(
    'RATING_TIDAK_DIKENALI',
    `${quote(v)} bukan rating yang dikenali. Isi Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi.`,
  );

export const predikat: Check<ReturnType<typeof normalizePredikat> & string> = (v) =>
  normalizePredikat(v) ??
  fail(
    'PREDIKAT_TIDAK_DIKENALI',
    `${quote(v)} bukan predikat kinerja yang dikenali. Isi Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, atau Sangat Kurang; atau kosongkan agar diturunkan dari rating.`,
  );

export const sex: Check<'L' | 'P'> = (v) =>
  normalizeSex(v) ??
  fail(
    'JENIS_KELAMIN_TIDAK_DIKENALI',
    `${quote(v)} bukan jenis kelamin yang dikenali. Isi L atau P (juga M/F, 1/2, Laki-laki/Perempuan).`,
  );

export const employmentType: Check<'PNS' | 'PPPK'> = (v) =>
  normalizeEmploymentType(v) ??
  fail('JENIS_PEGAWAI_TIDAK_DIKENALI', `${quote(v)} bukan jenis pegawai. Isi PNS atau PPPK.`);

export const eselon: Check<string | null> = (v) => {
  const e = normalizeEselon(v);
  return e === undefined
    ? fail(
        'ESELON_TIDAK_DIKENALI',
        `${quote(v)} bukan eselon. Tulis seperti III.a (I.a sampai V.b), atau kosongkan.`,
      )
    : e;
};

export const jenjang: Check<NonNullable<ReturnType<typeof normalizeJenjang>>> = (v) =>
  normalizeJenjang(v) ??
  fail(
    'JENJANG_TIDAK_DIKENALI',
    `${quote(v)} bukan jenjang jabatan. Isi kode seperti ADMINISTRATOR, PENGAWAS, FUNGSIONAL_AHLI_MUDA, atau nama seperti "JPT Pratama", "Ahli Muda".`,
  );

export const jenisJabatanId: Check<number> = (v) => {
  const n = normalizeInteger(v);
  return n !== null && (Object.values(JENIS_JABATAN) as number[]).includes(n)
    ? n
    : fail(
        'JENIS_JABATAN_TIDAK_DIKENAL',
        `${quote(v)} bukan jenisJabatanId. Isi 1 (struktural), 2 (fungsional), atau 4 (pelaksana).`,
      );
};

export const severity: Check<'RINGAN' | 'SEDANG' | 'BERAT'> = (v) =>
  normalizeSeverity(v) ??
  fail(
    'TINGKAT_TIDAK_DIKENALI',
    `${quote(v)} bukan tingkat hukuman disiplin. Isi RINGAN, SEDANG, atau BERAT.`,
  );

export const yesNo: Check<boolean> = (v) =>
  normalizeYesNo(v) ?? fail('YA_TIDAK_TIDAK_DIKENALI', `${quote(v)} bukan ya/tidak. Isi ya atau tidak.`);

/** A decimal within `min`–`max` (competency levels 1–5, potential total 0–100). */
export function decimal(min: number, max: number): Check<number> {
  return (v) => {
    const n = normalizeDecimal(v);
    if (n === null)
      return fail(
        'BUKAN_ANGKA',
        `${quote(v)} bukan angka. Tulis angka ${min}–${max}; desimal boleh (mis. 3,5).`,
      );
    return n >= min && n <= max ? n : fail('DI_LUAR_RENTANG', `${quote(v)} di luar rentang ${min}–${max}.`);
  };
}

/** A whole number within `min`–`max` (JP, rupiah, years). */
export function integer(min: number, max: number, example: string): Check<number> {
  return (v) => {
    const n = normalizeInteger(v);
    if (n === null)
      return fail('BUKAN_BILANGAN_BULAT', `${quote(v)} bukan bilangan bulat. Tulis mis. ${example}.`);
    return n >= min && n <= max ? n : fail('DI_LUAR_RENTANG', `${quote(v)} di luar rentang ${min}–${max}.`);
  };
}

export const year = integer(1950, 2100, '2025');
