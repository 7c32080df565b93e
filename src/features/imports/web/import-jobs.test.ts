import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../../test/db-engines.js';
import { createInstansi } from '../../../../test/factories.js';
import { pegawaiCsv } from '../../../../test/import-web.js';
import { queryRows } from '../../../db/query.js';
import { loadConfig } from '../../../platform/config.js';
import type { JobContext } from '../../../platform/jobs/job-kind.js';
import { startJobs, type Jobs } from '../../../platform/jobs/jobs.js';
import { createLogger } from '../../../platform/logger.js';
import { findImport, transition } from './import-job.repository.js';
import { INTERRUPTED_COMMIT } from './import-job.service.js';
import { ProgressWriter } from './import-progress.js';
import { requestCommit, uploadImport, type Uploader } from './import-web.service.js';
import { commitImportJob, validateImportJob } from './import.jobs.js';

const config = { ...loadConfig({}, {}).jobs, pollSeconds: 0.5 };
const log = createLogger('silent');

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 2_400; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition never met');
}

describeDb('web import jobs: interrupted commits, restarts, progress', (database, engine) => {
  let who: Uploader;
  let jobs: Jobs;
  const db = () => database().db;
  const employees = async () =>
    (
      await queryRows<{ n: number }>(
        db(),
        `select count(*)::int as n from employee where instansi_id = ${who.instansiId}`,
      )
    )[0]!.n;
  const statusOf = async (id: string) => (await findImport(db(), who.instansiId, id))!;
  const validated = async (j: Jobs, from: number, rows = 200) => {
    const row = await uploadImport(db(), j, who, {
      kind: 'pegawai',
      fileName: 'pegawai.csv',
      content: Buffer.from(pegawaiCsv(from, rows)),
    });
    await until(async () => (await statusOf(row.id)).status === 'TERVALIDASI');
    return row.id;
  };

  beforeAll(async () => {
    const uji = await createInstansi(db(), 'uji', 'KABUPATEN');
    who = { instansiId: uji.id, actor: 'user:admin.uji' };
  });
  afterAll(async () => {
    await jobs.stop();
  });

  it('rolls back a commit whose worker stops midway, marks it failed and does not apply it on restart', async () => {
    let stopping: Promise<void> | undefined;
    let reads = 0;
    // The commit as the worker runs it, except that the server is told to stop once the import has read
    // (and written) a few thousand rows: a real shutdown, arriving at a known point of the commit.
    const commitThenStop = {
      ...commitImportJob,
      run: (context: JobContext, data: { instansiId: number; importId: string }) =>
        commitImportJob.run(
          {
            ...context,
            signal: {
              get aborted() {
                if (++reads === 4) stopping = first.stop();
                return context.signal.aborted;
              },
            } as AbortSignal,
          },
          data,
        ),
    };
    const first = await startJobs(database(), config, [validateImportJob, commitThenStop], log);
    const id = await validated(first, 1, 6_000);
    await requestCommit(db(), first, who, id, false);
    await until(() => Promise.resolve(stopping !== undefined));
    await stopping;
    expect(reads).toBeGreaterThanOrEqual(4);
    expect(await statusOf(id)).toMatchObject({ status: 'GAGAL', error: INTERRUPTED_COMMIT });
    expect(await employees()).toBe(0);

    jobs = await startJobs(database(), config, [validateImportJob, commitImportJob], log);
    // Whatever the restarted workers do, this import stays failed and its rows stay out.
    const other = await validated(jobs, 20_001); // the workers are running: they took this one
    expect((await statusOf(other)).status).toBe('TERVALIDASI');
    expect(await statusOf(id)).toMatchObject({ status: 'GAGAL' });
    expect(await employees()).toBe(0);
    await expect(requestCommit(db(), jobs, who, id, false)).rejects.toThrow(
      /gagal dan tidak dapat diterapkan/,
    );
  });

  it('marks failed, never re-runs, a commit whose process died (its job delivered again)', async () => {
    const id = await validated(jobs, 40_001);
    // What a killed process leaves: the commit begun (its transaction rolled back by the database).
    await transition(db(), who.instansiId, id, ['TERVALIDASI'], {
      status: 'MENERAPKAN',
      phase: 'penerapan',
      commitStartedAt: new Date(),
      skipInvalid: false,
    });
    await jobs.send(commitImportJob, { instansiId: who.instansiId, importId: id });
    await until(async () => (await statusOf(id)).status === 'GAGAL');
    expect((await statusOf(id)).error).toBe(INTERRUPTED_COMMIT);
    expect(await employees()).toBe(0);
  });

  it.runIf(engine === 'pglite')(
    'on PGlite, fails an interrupted commit as soon as the server starts again',
    async () => {
      const id = await validated(jobs, 60_001);
      await transition(db(), who.instansiId, id, ['TERVALIDASI'], {
        status: 'MENERAPKAN',
        phase: 'penerapan',
        commitStartedAt: new Date(),
      });
      await jobs.stop();
      jobs = await startJobs(database(), config, [validateImportJob, commitImportJob], log);
      expect(await statusOf(id)).toMatchObject({ status: 'GAGAL', error: INTERRUPTED_COMMIT });
      expect(await employees()).toBe(0);
    },
  );

  it('writes progress outside the import, only while a step runs', async () => {
    const id = await validated(jobs, 80_001);
    const writer = new ProgressWriter(db(), who.instansiId, id);
    writer.report({ rowsRead: 10, bytesRead: 50, totalBytes: 100 });
    await writer.settle();
    expect((await statusOf(id)).percent).toBe(100); // TERVALIDASI: a late write does not undo the end
    await transition(db(), who.instansiId, id, ['TERVALIDASI'], { status: 'MEMVALIDASI', percent: 0 });
    const again = new ProgressWriter(db(), who.instansiId, id);
    again.report({ rowsRead: 10, bytesRead: 50, totalBytes: 100 });
    await again.settle();
    expect(await statusOf(id)).toMatchObject({ percent: 50, rowsRead: 10 });
  });
});
