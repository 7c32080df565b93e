import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { instansi } from './instansi.js';

/**
 * A mapping run started from the web as a background job: its request, status and progress, read by the
 * API by `instansi_id` like any tenant row whichever process runs it (as `import_job` for imports).
 */
export const mappingJob = pgTable(
  'mapping_job',
  {
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id),
    id: uuid('id').notNull().defaultRandom(),
    periode: smallint('periode').notNull(),
    /** The rule-set reference as asked (`kode@versi`), null for the built-in one. */
    ruleSet: text('rule_set'),
    publish: boolean('publish').notNull(),
    /** MENUNGGU | BERJALAN | SELESAI | GAGAL */
    status: text('status').notNull(),
    /** memuat | menghitung | menyimpan | selesai: the service's phase. */
    phase: text('phase'),
    percent: smallint('percent').notNull().default(0),
    employees: integer('employees').notNull().default(0),
    /** The run made, once SELESAI, with its summary (mapping_run keeps the same). */
    runId: uuid('run_id'),
    result: jsonb('result'),
    /** Why it failed, in Indonesian, safe to show. */
    error: text('error'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    index('mapping_job_recent_idx').on(t.instansiId, t.createdAt),
    check('mapping_job_status_check', sql`${t.status} in ('MENUNGGU','BERJALAN','SELESAI','GAGAL')`),
  ],
);
