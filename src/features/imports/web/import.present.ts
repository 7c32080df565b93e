import type { IssueRow, ImportJobRow } from './import-job.repository.js';
import type { StoredSummary } from './import-job.service.js';

type Counts = Partial<StoredSummary> & {
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  warnings: number;
};

/** Counts of a step, in the API's words (never a summary object as stored). */
function counts(summary: unknown) {
  if (!summary) return null;
  const s = summary as Counts;
  return {
    format: s.format ?? null,
    deskripsi: s.description ?? null,
    barisDibaca: s.rowsRead,
    valid: s.rowsRead - s.invalid,
    tidakValid: s.invalid,
    peringatan: s.warnings,
    baru: s.created,
    diperbarui: s.updated,
    tidakBerubah: s.unchanged,
    disimpan: s.written ?? null,
    catatan: s.notices ?? [],
  };
}

/** One import as the API shows it: status, progress, the validation's and the commit's counts. */
export function presentImport(row: ImportJobRow) {
  const validation = row.validation as StoredSummary | null;
  return {
    id: row.id,
    jenis: row.kind,
    namaBerkas: row.fileName,
    ukuran: row.sizeBytes,
    status: row.status,
    tahap: row.phase,
    persen: row.percent,
    barisDibaca: row.rowsRead,
    oleh: row.createdBy,
    dibuat: row.createdAt.toISOString(),
    diperbarui: row.updatedAt.toISOString(),
    lewatiTidakValid: row.skipInvalid,
    validasi: counts(row.validation),
    hasil: counts(row.result),
    kesalahan: row.error,
    adaBerkasKesalahan: (validation?.invalid ?? 0) > 0 || ((row.result as Counts | null)?.invalid ?? 0) > 0,
  };
}

export function presentIssue(row: IssueRow) {
  return {
    baris: row.rowNumber,
    tingkat: row.severity === 'error' ? ('KESALAHAN' as const) : ('PERINGATAN' as const),
    kolom: row.column,
    nilai: row.value,
    kode: row.code,
    pesan: row.message,
  };
}
