import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type { Database } from '../../db/client.js';

/** What a job's code receives besides its data. */
export type JobContext = {
  database: Database;
  /** Aborted when the process shuts down: a job stops at its next step and leaves things consistent. */
  signal: AbortSignal;
  /** No personal data: ids, counts and codes only. */
  log: FastifyBaseLogger;
  /** Queues another job (e.g. a step put back in the queue when the process stops). */
  send<D>(kind: JobKind<D>, data: D): Promise<string>;
};

/**
 * One kind of background job: a named pg-boss queue, the shape of its data (checked when the job is taken),
 * and the code that runs it. Register a new kind by defining one of these in its feature (a small
 * `*.jobs.ts` file) and listing it in `platform/jobs/job-registry.ts`.
 */
export type JobKind<D> = {
  /** The queue's name, e.g. `impor.validasi`. */
  name: string;
  data: z.ZodType<D>;
  /** How often pg-boss tries again after a failure (a job that must not run twice says 0). */
  retryLimit: number;
  /** A job active this long is considered dead (its process died) and failed or retried by pg-boss. */
  expireInSeconds: number;
  run(context: JobContext, data: D): Promise<void>;
  /**
   * Run once as workers start, before any job is taken: put right what a process that died mid-job left
   * behind (`alone`: no other process can be running jobs, as on PGlite).
   */
  recover?(context: JobContext, alone: boolean): Promise<void>;
};

export type AnyJobKind = JobKind<never> | JobKind<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Declares a job kind with its data type inferred from the schema. */
export function defineJob<D>(kind: JobKind<D>): JobKind<D> {
  return kind;
}
