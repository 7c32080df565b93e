import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { appendAudit } from '../audit/audit.repository.js';
import {
  findMappingJob,
  insertMappingJob,
  listMappingJobs,
  type MappingJobRow,
} from './mapping-job.repository.js';
import { runMappingJob } from './mapping.jobs.js';

export type MappingRequest = { periode: number; aturan: string | null; publish: boolean };
export type Requester = { instansiId: number; instansiKode: string; actor: string };

/** Records the request (and its audit entry) in one transaction, then queues the job. */
export async function requestMappingRun(
  db: Db,
  jobs: Jobs,
  who: Requester,
  request: MappingRequest,
): Promise<MappingJobRow> {
  const row = await db.transaction(async (tx) => {
    const inserted = await insertMappingJob(tx, {
      instansiId: who.instansiId,
      periode: request.periode,
      ruleSet: request.aturan,
      publish: request.publish,
      createdBy: who.actor,
    });
    await appendAudit(tx, {
      instansiId: who.instansiId,
      actor: who.actor,
      action: 'mapping_job.create',
      entity: 'mapping_job',
      entityId: inserted.id,
      after: { periode: request.periode, ruleSet: request.aturan ?? 'bawaan', publish: request.publish },
    });
    return inserted;
  });
  await jobs.send(runMappingJob, {
    instansiId: who.instansiId,
    jobId: row.id,
    instansiKode: who.instansiKode,
  });
  return row;
}

export async function getMappingJob(db: Db, instansiId: number, id: string): Promise<MappingJobRow> {
  const row = await findMappingJob(db, instansiId, id);
  if (!row) throw new AppError('NOT_FOUND', `Proses pemetaan ${id} tidak ditemukan di instansi ini.`);
  return row;
}

export const recentMappingJobs = (db: Db, instansiId: number, limit: number) =>
  listMappingJobs(db, instansiId, limit);
