import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { createInstansi } from '../../../test/factories.js';
import { queryRows } from '../../db/query.js';
import { loadConfig } from '../../platform/config.js';
import { startJobs } from '../../platform/jobs/jobs.js';
import { createLogger } from '../../platform/logger.js';
import { findMappingJob, insertMappingJob, transitionMappingJob } from './mapping-job.repository.js';
import { INTERRUPTED_RUN } from './mapping-job-runner.js';
import { runMappingJob } from './mapping.jobs.js';

describeDb('mapping job recovery', (database) => {
  it('marks a run a dead process left BERJALAN as failed (it kept nothing: one transaction)', async () => {
    const db = database().db;
    const inst = await createInstansi(db, 'pulih');
    const row = await insertMappingJob(db, {
      instansiId: inst.id,
      periode: 2025,
      ruleSet: null,
      publish: false,
      createdBy: 'uji',
    });
    await transitionMappingJob(db, inst.id, row.id, ['MENUNGGU'], { status: 'BERJALAN', phase: 'menyimpan' });
    // Untouched for an hour: taken for dead on PostgreSQL too, where other processes may run jobs.
    await queryRows(
      db,
      `update mapping_job set updated_at = now() - interval '1 hour' where id = '${row.id}'`,
    );
    const config = { ...loadConfig({}, {}).jobs, pollSeconds: 0.5 };
    const jobs = await startJobs(database(), config, [runMappingJob], createLogger('silent'));
    await jobs.stop();
    const after = await findMappingJob(db, inst.id, row.id);
    expect(after).toMatchObject({ status: 'GAGAL', error: INTERRUPTED_RUN });
  });
});
