import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  foreignKey,
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

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * An import started from the web (issue #4): the uploaded file goes through a validation job (a dry run of
 * the CLI's import) and, when the user asks, a commit job. The row is also the job's progress record, read
 * by the API: tenant-scoped like every other table, whichever process runs the job.
 * Status: MENUNGGU → MEMVALIDASI → TERVALIDASI → MENERAPKAN → DITERAPKAN; GAGAL from any step.
 */
export const importJob = pgTable(
  'import_job',
  {
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    status: text('status').notNull(),
    /** validasi | penerapan: the step the progress belongs to. */
    phase: text('phase').notNull(),
    percent: smallint('percent').notNull().default(0),
    rowsRead: integer('rows_read').notNull().default(0),
    /** The dry run's summary (counts, notices), without its issues (they are in import_issue). */
    validation: jsonb('validation'),
    /** The commit's summary. */
    result: jsonb('result'),
    /** Why it failed, in Indonesian, safe to show. */
    error: text('error'),
    skipInvalid: boolean('skip_invalid'),
    /** Set when a worker begins the commit: a commit found begun by someone else was interrupted. */
    commitStartedAt: timestamp('commit_started_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    index('import_job_recent_idx').on(t.instansiId, t.createdAt),
    check(
      'import_job_status_check',
      sql`${t.status} in ('MENUNGGU','MEMVALIDASI','TERVALIDASI','MENERAPKAN','DITERAPKAN','GAGAL')`,
    ),
    check('import_job_phase_check', sql`${t.phase} in ('validasi','penerapan')`),
  ],
);

/** The files of an import, in the database so that any API or worker process can read them. */
export const importFile = pgTable(
  'import_file',
  {
    instansiId: integer('instansi_id').notNull(),
    importId: uuid('import_id').notNull(),
    /** UNGGAHAN (the upload) | KESALAHAN (the error file of the last step). */
    role: text('role').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.importId, t.role] }),
    foreignKey({
      columns: [t.instansiId, t.importId],
      foreignColumns: [importJob.instansiId, importJob.id],
    }).onDelete('cascade'),
    check('import_file_role_check', sql`${t.role} in ('UNGGAHAN','KESALAHAN')`),
  ],
);

/** The validation's issues, one row each, for the paginated preview. */
export const importIssue = pgTable(
  'import_issue',
  {
    instansiId: integer('instansi_id').notNull(),
    importId: uuid('import_id').notNull(),
    seq: integer('seq').notNull(),
    rowNumber: integer('row_number').notNull(),
    severity: text('severity').notNull(),
    column: text('column'),
    value: text('value'),
    code: text('code').notNull(),
    message: text('message').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.importId, t.seq] }),
    foreignKey({
      columns: [t.instansiId, t.importId],
      foreignColumns: [importJob.instansiId, importJob.id],
    }).onDelete('cascade'),
  ],
);
