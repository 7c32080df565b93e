import { z } from 'zod';
import { defineJob, type JobKind } from '../../platform/jobs/job-kind.js';
import { findRunningMappingJobs } from './mapping-job.repository.js';
import { executeMappingJob, failInterrupted, type MappingJobRef } from './mapping-job-runner.js';

/** On PostgreSQL another process may be running one: only a job untouched this long is taken for dead. */
const STALE_MINUTES = 30;

/**
 * A mapping run started from the web (`mapping_job`). Never retried by pg-boss: the run is one
 * transaction, so a failed one kept nothing and is shown as failed for the admin to start again.
 */
export const runMappingJob: JobKind<MappingJobRef> = defineJob<MappingJobRef>({
  name: 'pemetaan.jalankan',
  data: z.object({
    instansiId: z.number().int().positive(),
    jobId: z.string().uuid(),
    instansiKode: z.string().min(1),
  }),
  retryLimit: 0,
  expireInSeconds: 60 * 60,
  run: executeMappingJob,
  recover: async (context, alone) => {
    const stale = Date.now() - STALE_MINUTES * 60_000;
    const rows = (await findRunningMappingJobs(context.database.db)).filter(
      (r) => alone || r.updatedAt.getTime() < stale,
    );
    await failInterrupted(context.database.db, rows);
  },
});
