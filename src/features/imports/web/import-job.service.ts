import { mkdtemp, readFile as readFs, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { JobContext } from '../../../platform/jobs/job-kind.js';
import { AppError } from '../../../platform/errors.js';
import { importFile, type DbTx, type ImportCounts } from '../import.service.js';
import type { ImportIssue, ImportKind, ImportSummary } from '../import-types.js';
import {
  deleteFile,
  findInstansiKode,
  putFile,
  readFile,
  replaceIssues,
  transition,
  type ImportJobRow,
} from './import-job.repository.js';
import { ProgressWriter } from './import-progress.js';

/** Issues kept for the preview (the error file has every invalid row). */
export const STORED_ISSUE_LIMIT = 100_000;

export type ImportRef = { instansiId: number; importId: string };
/** The summary as stored on the import: the issues live in their own table. */
export type StoredSummary = Omit<ImportSummary, 'issues' | 'errorsFile'>;

type Outcome = { summary: StoredSummary; issues: ImportIssue[]; errorFile: Buffer | null };

class Stopped extends Error {}

/**
 * Runs the CLI's import (import.service.ts) on an uploaded file: the upload is written to a private
 * temporary folder under its own name (the format is detected from it as for the CLI), progress goes to
 * the import's record, issues and the error file are collected for the caller to store.
 */
async function runImport(
  context: JobContext,
  job: ImportJobRow,
  mode: { dryRun?: boolean; skipInvalid?: boolean; onCommit?: (tx: DbTx, c: ImportCounts) => Promise<void> },
): Promise<Outcome> {
  const db = context.database.db;
  const content = await readFile(db, job.instansiId, job.id, 'UNGGAHAN');
  const kode = await findInstansiKode(db, job.instansiId);
  if (!content || !kode) throw new AppError('NOT_FOUND', 'Berkas unggahan tidak ditemukan.');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'talenta-unggah-'));
  const progress = new ProgressWriter(db, job.instansiId, job.id);
  const issues: ImportIssue[] = [];
  try {
    const file = path.join(dir, path.basename(job.fileName));
    const errorsFile = path.join(dir, 'kesalahan');
    await writeFile(file, content);
    const summary = await importFile(db, {
      kind: job.kind as ImportKind,
      file,
      instansiKode: kode,
      dryRun: mode.dryRun,
      skipInvalid: mode.skipInvalid,
      errorsFile,
      actor: job.createdBy,
      onProgress: (p) => {
        if (context.signal.aborted) throw new Stopped();
        progress.report(p);
      },
      onIssue: (issue) => {
        if (issues.length < STORED_ISSUE_LIMIT) issues.push(issue);
      },
      onCommit: mode.onCommit,
    });
    const errorFile = summary.errorsFile ? await readFs(errorsFile) : null;
    const { issues: _kept, errorsFile: _path, ...stored } = summary;
    return { summary: stored, issues, errorFile };
  } finally {
    await progress.settle();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The message a failed step shows: the app's own (Indonesian, safe), else a generic one. */
function failureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return 'Terjadi kesalahan sistem saat memproses berkas. Coba lagi; bila berulang, hubungi admin Talenta.';
}

/** Validation: a dry run of the import; its counts, issues and error file are kept for the preview. */
export async function runValidation(
  context: JobContext,
  ref: ImportRef,
  requeue: () => Promise<unknown>,
): Promise<void> {
  const db = context.database.db;
  const job = await transition(db, ref.instansiId, ref.importId, ['MENUNGGU', 'MEMVALIDASI'], {
    status: 'MEMVALIDASI',
    phase: 'validasi',
    percent: 0,
    rowsRead: 0,
  });
  if (!job) return; // ended already, or gone
  let outcome: Outcome;
  try {
    outcome = await runImport(context, job, { dryRun: true });
  } catch (error) {
    if (error instanceof Stopped) {
      // The process is stopping: back in the queue, validated again after the restart.
      await transition(db, job.instansiId, job.id, ['MEMVALIDASI'], { status: 'MENUNGGU', percent: 0 });
      await requeue();
      return;
    }
    await transition(db, job.instansiId, job.id, ['MEMVALIDASI'], {
      status: 'GAGAL',
      error: failureMessage(error),
    });
    if (!(error instanceof AppError)) throw error;
    return;
  }
  await db.transaction(async (tx) => {
    await storeFindings(tx, job, outcome);
    await transition(tx, job.instansiId, job.id, ['MEMVALIDASI'], {
      status: 'TERVALIDASI',
      percent: 100,
      rowsRead: outcome.summary.rowsRead,
      validation: outcome.summary,
    });
  });
}

async function storeFindings(tx: DbTx, job: ImportJobRow, outcome: Outcome): Promise<void> {
  await replaceIssues(tx, job.instansiId, job.id, outcome.issues);
  if (outcome.errorFile) await putFile(tx, job.instansiId, job.id, 'KESALAHAN', outcome.errorFile);
  else await deleteFile(tx, job.instansiId, job.id, 'KESALAHAN');
}

export const INTERRUPTED_COMMIT =
  'Penerapan terhenti sebelum selesai (server berhenti atau mati). Tidak ada data yang disimpan: ' +
  'penerapan dibatalkan seluruhnya. Unggah ulang berkas untuk mencoba lagi.';

/**
 * Commit: the real import, atomic (or skipping invalid rows when asked), through the CLI's service. The
 * import's status becomes DITERAPKAN inside the import's own transaction, so data and status commit
 * together. A commit that finds its import already begun was interrupted (its process died; its
 * transaction rolled back): it is marked failed, never run again.
 */
export async function runCommit(context: JobContext, ref: ImportRef): Promise<void> {
  const db = context.database.db;
  const job = await transition(
    db,
    ref.instansiId,
    ref.importId,
    ['MENERAPKAN'],
    { commitStartedAt: new Date(), phase: 'penerapan', percent: 0, rowsRead: 0 },
    { commitNotStarted: true },
  );
  if (!job) {
    await transition(db, ref.instansiId, ref.importId, ['MENERAPKAN'], {
      status: 'GAGAL',
      error: INTERRUPTED_COMMIT,
    });
    return;
  }
  let outcome: Outcome;
  try {
    outcome = await runImport(context, job, {
      skipInvalid: job.skipInvalid ?? false,
      onCommit: async (tx, counts) => {
        const done = await transition(tx, job.instansiId, job.id, ['MENERAPKAN'], {
          status: 'DITERAPKAN',
          percent: 100,
          rowsRead: counts.rowsRead,
          result: { ...counts, written: true },
        });
        // Someone marked it failed meanwhile (a recovery that thought this process dead): keep nothing.
        if (!done) throw new AppError('CONFLICT', INTERRUPTED_COMMIT);
      },
    });
  } catch (error) {
    const message = error instanceof Stopped ? INTERRUPTED_COMMIT : failureMessage(error);
    await transition(db, job.instansiId, job.id, ['MENERAPKAN'], { status: 'GAGAL', error: message });
    if (error instanceof Stopped || error instanceof AppError) return;
    throw error;
  }
  await finishCommit(db, job, outcome);
}

async function finishCommit(db: JobContext['database']['db'], job: ImportJobRow, outcome: Outcome) {
  const { summary } = outcome;
  await db.transaction(async (tx) => {
    if (outcome.errorFile) await putFile(tx, job.instansiId, job.id, 'KESALAHAN', outcome.errorFile);
    if (summary.written) {
      await transition(tx, job.instansiId, job.id, ['DITERAPKAN'], { result: summary });
      return;
    }
    // Rows that were valid at validation are not any more (the data changed meanwhile): nothing was kept.
    await replaceIssues(tx, job.instansiId, job.id, outcome.issues);
    await transition(tx, job.instansiId, job.id, ['MENERAPKAN'], {
      status: 'GAGAL',
      result: summary,
      error:
        `Saat diterapkan, ${summary.invalid.toLocaleString('id-ID')} baris tidak valid (data berubah sejak validasi). ` +
        'Tidak ada yang disimpan. Unduh berkas kesalahan, perbaiki, lalu unggah ulang.',
    });
  });
}
