import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import type { JobContext } from '../../platform/jobs/job-kind.js';
import { transitionMappingJob, type MappingJobRow } from './mapping-job.repository.js';
import { runMapping, type MappingProgress } from './mapping.service.js';

export type MappingJobRef = { instansiId: number; jobId: string; instansiKode: string };

export const INTERRUPTED_RUN =
  'Pemetaan terhenti karena server dimatikan sebelum selesai; tidak ada hasil yang tersimpan. Jalankan ulang.';

/** Percent shown at the start of each phase of the service (load and write are most of the time). */
const PHASE_PERCENT: Record<MappingProgress['phase'], number> = {
  memuat: 5,
  menghitung: 45,
  menyimpan: 60,
  selesai: 99,
};

/**
 * The job: the CLI's mapping service, with its phases written to the job's record as they come (not
 * awaited inside the service: on PGlite a write waits for the run's transaction), then the outcome.
 */
export async function executeMappingJob(context: JobContext, ref: MappingJobRef): Promise<void> {
  const db = context.database.db;
  const job = await transitionMappingJob(db, ref.instansiId, ref.jobId, ['MENUNGGU'], {
    status: 'BERJALAN',
    phase: 'memuat',
    percent: 0,
  });
  if (!job) return; // taken already, or ended
  let writes: Promise<unknown> = Promise.resolve();
  const onProgress = (p: MappingProgress) => {
    const set = { phase: p.phase, percent: PHASE_PERCENT[p.phase], employees: p.employees };
    writes = writes
      .then(() => transitionMappingJob(db, job.instansiId, job.id, ['BERJALAN'], set))
      .catch(() => undefined); // progress is best effort; the end is written for sure
  };
  try {
    const out = await runMapping(db, {
      instansiKode: ref.instansiKode,
      periode: job.periode,
      aturan: job.ruleSet ?? undefined,
      publish: job.publish,
      actor: job.createdBy,
      onProgress,
    });
    await writes;
    await transitionMappingJob(db, job.instansiId, job.id, ['BERJALAN'], {
      status: 'SELESAI',
      phase: 'selesai',
      percent: 100,
      runId: out.runId,
      result: {
        ruleSet: out.ruleSet,
        ruleSetHash: out.ruleSetHash,
        published: out.published,
        supersededRunIds: out.supersededRunIds,
        summary: out.summary,
      },
    });
  } catch (error) {
    await writes;
    await transitionMappingJob(db, job.instansiId, job.id, ['BERJALAN'], {
      status: 'GAGAL',
      error: failureMessage(error),
    });
    if (!(error instanceof AppError)) throw error;
  }
}

function failureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return 'Terjadi kesalahan sistem saat menjalankan pemetaan. Coba lagi; bila berulang, hubungi admin Talenta.';
}

/** A run is one transaction: one left BERJALAN by a dead process kept nothing, so it is marked failed. */
export async function failInterrupted(db: Db, rows: readonly MappingJobRow[]): Promise<void> {
  for (const row of rows)
    await transitionMappingJob(db, row.instansiId, row.id, ['BERJALAN'], {
      status: 'GAGAL',
      error: INTERRUPTED_RUN,
    });
}
