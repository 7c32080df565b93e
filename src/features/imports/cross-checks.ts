import type { z } from 'zod';
import type { EmploymentType, Jenjang } from '../../domain/codes.js';
import { deriveJenjang, JENIS_JABATAN } from '../../domain/jenjang.js';
import { checkRecordAgainstNip, parseNip, validateEmployeeNumber } from '../../domain/nip.js';
import { addIssue, quote } from './fields.js';
import type { FieldIssue } from './import-types.js';
import { formatDmy } from './normalize.js';

/**
 * Checks that need more than one column, shared by the schemas: the employee number by employment type,
 * the job level (given or derived, rules.md §5), and the record against its NIP (a warning).
 */

/** PNS: the full NIP rules; PPPK: 18 digits (rules.md §5). Adds the issue and returns false when invalid. */
export function checkEmployeeNumber(ctx: z.RefinementCtx, nip: string, type: EmploymentType): boolean {
  const result = validateEmployeeNumber(nip, type);
  if (result.ok) return true;
  addIssue(ctx, {
    column: 'nipBaru',
    code: result.error,
    message: `${quote(nip)} tidak valid: ${result.message}${type === 'PNS' ? ' Bila pegawai ini PPPK, isi jenisPegawai = PPPK.' : ''}`,
  });
  return false;
}

export type JenjangColumns = {
  jenjang: Jenjang | null;
  jenisJabatanId: number | null;
  eselon: string | null;
  jabatanNama: string;
};

/**
 * The job level: `jenjang` when given, else derived (rules.md §5) — a functional name without a level, or
 * an unknown kind of position, is a row error. Returns null after adding the issue.
 */
export function jenjangOf(ctx: z.RefinementCtx, row: JenjangColumns): Jenjang | null {
  if (row.jenjang !== null) return row.jenjang;
  const derived = deriveJenjang(row);
  if (derived.ok) return derived.jenjang;
  addIssue(ctx, {
    column: row.jenisJabatanId === JENIS_JABATAN.FUNGSIONAL ? 'jabatanNama' : 'jenisJabatanId',
    code: derived.error,
    message: derived.message,
  });
  return null;
}

/**
 * A PNS record whose birth date or sex disagrees with its NIP: warnings, the record is kept as given
 * (import-format.md §3).
 */
export function nipRecordWarnings(
  nip: string,
  tglLahir: string | null,
  jenisKelamin: 'L' | 'P' | null,
): FieldIssue[] {
  const codes = checkRecordAgainstNip(nip, { tglLahir, jenisKelamin });
  const parsed = parseNip(nip);
  if (codes.length === 0 || !parsed.ok) return [];
  return codes.map((code) =>
    code === 'NIP_TIDAK_SESUAI_TGL_LAHIR'
      ? {
          column: 'tglLahir',
          code,
          message: `"${formatDmy(tglLahir ?? '')}" tidak sesuai dengan tanggal lahir pada NIP (${formatDmy(parsed.birthDate)}); disimpan seperti tertulis. Periksa tanggal lahir atau NIP.`,
        }
      : {
          column: 'jenisKelamin',
          code,
          message: `"${jenisKelamin ?? ''}" tidak sesuai dengan digit jenis kelamin pada NIP (${parsed.sex}); disimpan seperti tertulis. Periksa jenis kelamin atau NIP.`,
        },
  );
}

/** An end date before its start date is a row error. */
export function checkOrder(
  ctx: z.RefinementCtx,
  start: string | null,
  end: string | null,
  columns: { start: string; end: string },
): void {
  if (start !== null && end !== null && end < start) {
    addIssue(ctx, {
      column: columns.end,
      code: 'TANGGAL_TERBALIK',
      message: `"${formatDmy(end)}" mendahului ${columns.start} (${formatDmy(start)}).`,
    });
  }
}
