import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import type { JobsConfig } from '../config.js';
import { maskPersonalNumbers } from '../logger.js';
import type { AnyJobKind, JobContext, JobKind } from './job-kind.js';

/** The queue of background jobs as the rest of the app sees it. */
export type Jobs = {
  /** Queues a job; returns its pg-boss id. */
  send<D>(kind: JobKind<D>, data: D): Promise<string>;
  /** Stops taking jobs, asks running ones to stop (abort signal) and waits for them. */
  stop(): Promise<void>;
};

/** pg-boss keeps its tables in this schema of the app's database. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Starts pg-boss on the app's own database: over the PostgreSQL pool, or over the one PGlite client
 * (`Database.executeSql`), where every pg-boss statement queues behind the app's own like any query.
 * Creates pg-boss's schema on first start and a queue per kind; with `config.workers`, recovers what a dead
 * process left and starts a worker per kind. Jobs live in the database, so they survive a restart.
 */
export async function startJobs(
  database: Database,
  config: JobsConfig,
  kinds: readonly AnyJobKind[],
  log: FastifyBaseLogger,
): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schema: JOBS_SCHEMA,
    // No cron schedules; maintenance (expiry, archiving) runs, rarely: it shares PGlite's one connection.
    schedule: false,
    supervise: config.workers,
    maintenanceIntervalSeconds: 120,
  });
  boss.on('error', (error: Error) =>
    log.error({ err: { message: maskPersonalNumbers(error.message) } }, 'pg-boss'),
  );
  await boss.start();
  for (const kind of kinds)
    await boss.createQueue(kind.name, {
      name: kind.name,
      retryLimit: kind.retryLimit,
      expireInSeconds: kind.expireInSeconds,
    });

  const workers = new Map<string, string[]>();
  const send = async <D>(kind: JobKind<D>, data: D): Promise<string> => {
    const id = await boss.send(kind.name, kind.data.parse(data) as object);
    if (!id) throw new Error(`pg-boss did not queue a ${kind.name} job`);
    // A worker of this process starts at once rather than at its next poll.
    for (const worker of workers.get(kind.name) ?? []) boss.notifyWorker(worker);
    return id;
  };
  const abort = new AbortController();
  const context: JobContext = { database, signal: abort.signal, log, send };
  if (config.workers) {
    for (const kind of kinds) await kind.recover?.(context, database.engine === 'pglite');
    for (const kind of kinds) {
      const id = await boss.work(
        kind.name,
        { pollingIntervalSeconds: config.pollSeconds, batchSize: 1 },
        async (jobs) => {
          for (const job of jobs) await runOne(kind, job, context);
        },
      );
      workers.set(kind.name, [id]);
    }
  }

  return {
    send,
    async stop() {
      abort.abort();
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}

async function runOne(kind: AnyJobKind, job: PgBoss.Job<unknown>, context: JobContext): Promise<void> {
  const started = performance.now();
  const data: unknown = kind.data.parse(job.data);
  try {
    await kind.run(context, data as never);
    context.log.info({ job: kind.name, id: job.id, ms: Math.round(performance.now() - started) }, 'job done');
  } catch (error) {
    // The message only: a job's errors are the app's own (AppError) or the database's, never row content.
    context.log.error(
      { job: kind.name, id: job.id, err: { message: (error as Error).message } },
      'job failed',
    );
    throw error;
  }
}
