import { z } from 'zod';
import { defineJob, type JobContext, type JobKind } from '../../../platform/jobs/job-kind.js';
import { findInterrupted, transition } from './import-job.repository.js';
import { INTERRUPTED_COMMIT, runCommit, runValidation, type ImportRef } from './import-job.service.js';

const ref = z.object({ instansiId: z.number().int().positive(), importId: z.string().uuid() });

/**
 * On PostgreSQL other processes may be running jobs: only an import untouched this long (its progress is
 * written every half second) is taken for one whose process died.
 */
const STALE_MINUTES = 10;

/** Validation of an upload (a dry run). Re-running it is harmless, so an interrupted one runs again. */
export const validateImportJob: JobKind<ImportRef> = defineJob<ImportRef>({
  name: 'impor.validasi',
  data: ref,
  retryLimit: 0,
  expireInSeconds: 60 * 60,
  run: (context, data) => runValidation(context, data, () => context.send(validateImportJob, data)),
  recover: async (context, alone) => {
    for (const job of await interrupted(context, alone))
      if (job.status === 'MEMVALIDASI') {
        await transition(context.database.db, job.instansiId, job.id, ['MEMVALIDASI'], {
          status: 'MENUNGGU',
          percent: 0,
        });
        await context.send(validateImportJob, { instansiId: job.instansiId, importId: job.id });
      }
  },
});

/** The commit of a validated import. Never run twice: an interrupted one is marked failed. */
export const commitImportJob = defineJob<ImportRef>({
  name: 'impor.terapkan',
  data: ref,
  retryLimit: 0,
  expireInSeconds: 60 * 60,
  run: runCommit,
  recover: async (context, alone) => {
    for (const job of await interrupted(context, alone))
      if (job.status === 'MENERAPKAN')
        await transition(context.database.db, job.instansiId, job.id, ['MENERAPKAN'], {
          status: 'GAGAL',
          error: INTERRUPTED_COMMIT,
        });
  },
});

function interrupted(context: JobContext, alone: boolean) {
  return findInterrupted(context.database.db, alone ? null : new Date(Date.now() - STALE_MINUTES * 60_000));
}
