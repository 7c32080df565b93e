import path from 'node:path';
import type { Db } from '../../../db/client.js';
import { AppError, notFound } from '../../../platform/errors.js';
import type { Jobs } from '../../../platform/jobs/jobs.js';
import { appendAudit } from '../../audit/audit.repository.js';
import type { ImportKind } from '../import-types.js';
import { detectFormat } from '../source/open-source.js';
import {
  findImport,
  insertImport,
  listImports,
  pageIssues,
  readFile,
  transition,
  type ImportJobRow,
} from './import-job.repository.js';
import { commitImportJob, validateImportJob } from './import.jobs.js';
import type { StoredSummary } from './import-job.service.js';

/** The file names an upload may have (import-format.md §1); a name without extension is sniffed. */
const ACCEPTED_EXTENSIONS = new Set(['', '.csv', '.txt', '.tsv', '.json', '.xlsx', '.xlsm']);

export type Uploader = { instansiId: number; actor: string };

/**
 * Checks what can be told from the upload at once (empty, not CSV/XLSX/JSON, binary garbage), so the user
 * hears it before any job runs; everything else is the validation job's to find.
 */
export function checkUpload(fileName: string, content: Buffer): void {
  const name = path.basename(fileName);
  if (content.length === 0) throw new AppError('FILE_INVALID', `Berkas ${name} kosong.`);
  // First: it names the old Excel format with advice.
  const format = detectFormat(name, content.subarray(0, 8));
  if (!ACCEPTED_EXTENSIONS.has(path.extname(name).toLowerCase()))
    throw new AppError(
      'FILE_INVALID',
      `Berkas ${name} tidak didukung: unggah berkas CSV (.csv), Excel (.xlsx) atau JSON (.json).`,
    );
  // A text format with NUL bytes is a binary file under a text name (a PDF or image renamed .csv).
  if (format !== 'xlsx' && content.subarray(0, 64 * 1024).includes(0))
    throw new AppError(
      'FILE_INVALID',
      `Berkas ${name} bukan berkas teks ${format.toUpperCase()} (isinya biner). Simpan ulang dari Excel sebagai CSV UTF-8 atau .xlsx.`,
    );
}

/** Stores an upload with its audit entry and queues its validation; answers the new import. */
export async function uploadImport(
  db: Db,
  jobs: Jobs,
  who: Uploader,
  upload: { kind: ImportKind; fileName: string; content: Buffer },
): Promise<ImportJobRow> {
  const fileName = path.basename(upload.fileName).slice(0, 200) || 'berkas';
  checkUpload(fileName, upload.content);
  const row = await db.transaction(async (tx) => {
    const inserted = await insertImport(tx, {
      instansiId: who.instansiId,
      kind: upload.kind,
      fileName,
      createdBy: who.actor,
      content: upload.content,
    });
    await appendAudit(tx, {
      instansiId: who.instansiId,
      actor: who.actor,
      action: 'import.unggah',
      entity: 'import',
      entityId: inserted.id,
      after: { kind: upload.kind, file: fileName, bytes: upload.content.length },
    });
    return inserted;
  });
  await jobs.send(validateImportJob, { instansiId: who.instansiId, importId: row.id });
  return row;
}

export async function getImport(db: Db, instansiId: number, id: string): Promise<ImportJobRow> {
  const row = await findImport(db, instansiId, id);
  if (!row) throw notFound('Impor');
  return row;
}

export const recentImports = (db: Db, instansiId: number, limit: number) =>
  listImports(db, instansiId, limit);

/** Why an import cannot be committed now, or null when it can. */
function commitRefusal(row: ImportJobRow, skipInvalid: boolean): string | null {
  switch (row.status) {
    case 'MENUNGGU':
    case 'MEMVALIDASI':
      return 'Validasi berkas belum selesai. Tunggu hingga selesai, lalu terapkan.';
    case 'MENERAPKAN':
      return 'Impor ini sedang diterapkan; tidak diterapkan dua kali.';
    case 'DITERAPKAN':
      return 'Impor ini sudah diterapkan; tidak diterapkan dua kali. Unggah ulang berkas bila perlu mengimpor lagi.';
    case 'GAGAL':
      return `Impor ini gagal dan tidak dapat diterapkan: ${row.error ?? ''} Perbaiki berkas lalu unggah ulang.`;
  }
  const v = row.validation as StoredSummary;
  const valid = v.rowsRead - v.invalid;
  if (v.invalid > 0 && !skipInvalid)
    return (
      `${v.invalid.toLocaleString('id-ID')} baris tidak valid. Impor bersifat atomik: bila diterapkan, tidak ada yang disimpan. ` +
      'Unduh berkas kesalahan, perbaiki, lalu unggah ulang; atau terapkan dengan "lewati baris tidak valid" ' +
      `untuk menyimpan ${valid.toLocaleString('id-ID')} baris yang valid.`
    );
  if (valid === 0) return 'Tidak ada baris valid untuk disimpan.';
  return null;
}

/** Queues the commit of a validated import (once), with its audit entry. */
export async function requestCommit(
  db: Db,
  jobs: Jobs,
  who: Uploader,
  id: string,
  skipInvalid: boolean,
): Promise<ImportJobRow> {
  const current = await getImport(db, who.instansiId, id);
  const refusal = commitRefusal(current, skipInvalid);
  if (refusal) throw new AppError('CONFLICT', refusal);
  const row = await db.transaction(async (tx) => {
    const moved = await transition(tx, who.instansiId, id, ['TERVALIDASI'], {
      status: 'MENERAPKAN',
      phase: 'penerapan',
      percent: 0,
      rowsRead: 0,
      skipInvalid,
    });
    // Another request took it between the read and here.
    if (!moved)
      throw new AppError('CONFLICT', 'Impor ini sedang atau sudah diterapkan; tidak diterapkan dua kali.');
    await appendAudit(tx, {
      instansiId: who.instansiId,
      actor: who.actor,
      action: 'import.terapkan',
      entity: 'import',
      entityId: id,
      after: { kind: moved.kind, file: moved.fileName, skipInvalid },
    });
    return moved;
  });
  await jobs.send(commitImportJob, { instansiId: who.instansiId, importId: id });
  return row;
}

export async function importIssues(
  db: Db,
  instansiId: number,
  id: string,
  page: { page: number; perPage: number; severity?: 'error' | 'warning' | undefined },
) {
  await getImport(db, instansiId, id);
  const found = await pageIssues(db, instansiId, id, {
    offset: (page.page - 1) * page.perPage,
    limit: page.perPage,
    severity: page.severity,
  });
  return { ...found, ...page };
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The error file of the last step (the CLI's, re-importable), named after the upload. */
export async function errorFile(db: Db, instansiId: number, id: string) {
  const row = await getImport(db, instansiId, id);
  const content = await readFile(db, instansiId, id, 'KESALAHAN');
  if (!content)
    throw new AppError(
      'NOT_FOUND',
      'Impor ini tidak memiliki berkas kesalahan: tidak ada baris tidak valid.',
    );
  const summary = (row.result ?? row.validation) as StoredSummary | null;
  const format = summary?.format ?? 'csv';
  const base = path.basename(row.fileName, path.extname(row.fileName));
  return { fileName: `${base}-kesalahan.${format}`, contentType: CONTENT_TYPES[format], content };
}
