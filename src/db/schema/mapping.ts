import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { instansi } from './instansi.js';

/**
 * Aturan pemetaan: a named rule set. `instansiId` null marks a built-in set (e.g. "Bawaan v1") that every
 * instansi may use and copy. Small and read everywhere: a Citus reference table.
 */
export const ruleSet = pgTable(
  'rule_set',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: integer('instansi_id').references(() => instansi.id),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('rule_set_kode_key').on(t.instansiId, t.kode).nullsNotDistinct()],
);

/**
 * One version of a rule set. `content` is the full rule data (rules.md); `contentHash` its SHA-256 over a
 * canonical JSON form. A published version never changes (enforced by a trigger in the migration).
 */
export const ruleSetVersion = pgTable(
  'rule_set_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ruleSetId: uuid('rule_set_id')
      .notNull()
      .references(() => ruleSet.id),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    contentHash: text('content_hash').notNull(),
    /** DRAFT | PUBLISHED */
    status: text('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    unique('rule_set_version_key').on(t.ruleSetId, t.version),
    check('rule_set_version_status_check', sql`${t.status} in ('DRAFT','PUBLISHED')`),
  ],
);

/**
 * Pemetaan talenta: one computation of the 9-box for an instansi and year. At most one run per instansi and
 * year is PUBLISHED; publishing again marks the previous one SUPERSEDED. Both are kept.
 */
export const mappingRun = pgTable(
  'mapping_run',
  {
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id),
    id: uuid('id').notNull().defaultRandom(),
    periode: smallint('periode').notNull(),
    ruleSetVersionId: uuid('rule_set_version_id')
      .notNull()
      .references(() => ruleSetVersion.id),
    /** The version's hash, copied so that a result can be checked against its rules without a join. */
    ruleSetHash: text('rule_set_hash').notNull(),
    /** DRAFT | PUBLISHED | SUPERSEDED */
    status: text('status').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    /** Counts per box and per not-mapped reason. */
    summary: jsonb('summary'),
    createdBy: text('created_by'),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    check('mapping_run_status_check', sql`${t.status} in ('DRAFT','PUBLISHED','SUPERSEDED')`),
    uniqueIndex('mapping_run_one_published')
      .on(t.instansiId, t.periode)
      .where(sql`status = 'PUBLISHED'`),
    index('mapping_run_periode_idx').on(t.instansiId, t.periode),
  ],
);

/**
 * Hasil pemetaan: one employee in one run, with every component score (unrounded), the levels, the box,
 * the identities of the inputs used, and every reason the person could not be mapped.
 */
export const mappingResult = pgTable(
  'mapping_result',
  {
    instansiId: integer('instansi_id').notNull(),
    runId: uuid('run_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    /** DIPETAKAN | TIDAK_DIPETAKAN */
    status: text('status').notNull(),
    box: smallint('box'),
    predikat: text('predikat'),
    performanceScore: doublePrecision('performance_score'),
    performanceLevel: text('performance_level'),
    competencyScore: doublePrecision('competency_score'),
    potentialAssessmentScore: doublePrecision('potential_assessment_score'),
    trackRecordScore: doublePrecision('track_record_score'),
    potentialScore: doublePrecision('potential_score'),
    potentialLevel: text('potential_level'),
    reasons: text('reasons')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    warnings: text('warnings')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // The inputs used (architecture.md §3: a result can be shown and re-derived years later). Typed columns
    // rather than one JSON document: a run writes tens of thousands of rows, and jsonb parsing was most of
    // the write time on both engines.
    jenjang: text('jenjang'),
    pendidikan: text('pendidikan'),
    minimumEducation: text('minimum_education'),
    /** SKP years of the window found, Y first (`2025,2024`), and their predikat in the same order. */
    skpYears: text('skp_years').notNull(),
    skpPredikat: text('skp_predikat').notNull(),
    competencyAssessmentId: uuid('competency_assessment_id'),
    competencyAssessmentDate: date('competency_assessment_date', { mode: 'string' }),
    potentialAssessmentId: uuid('potential_assessment_id'),
    potentialAssessmentDate: date('potential_assessment_date', { mode: 'string' }),
    potentialDimensionsUsed: smallint('potential_dimensions_used').notNull(),
    /** JABATAN (the position's own standard) | JENJANG (the job level's default) */
    standardSource: text('standard_source'),
    standardSum: doublePrecision('standard_sum'),
    trainingJp: doublePrecision('training_jp').notNull(),
    yearsInPosition: doublePrecision('years_in_position'),
    sanctionsRingan: smallint('sanctions_ringan').notNull(),
    sanctionsSedang: smallint('sanctions_sedang').notNull(),
    sanctionsBerat: smallint('sanctions_berat').notNull(),
    trackRecordEducation: doublePrecision('track_record_education'),
    trackRecordTraining: doublePrecision('track_record_training').notNull(),
    trackRecordExperience: doublePrecision('track_record_experience').notNull(),
    trackRecordDiscipline: doublePrecision('track_record_discipline').notNull(),
  },
  (t) => [
    // The primary key also serves "this person across runs" (few runs per instansi: one PK probe each).
    // No foreign key to mapping_run and no second index: results are written only by the transaction that
    // creates their run, and runs are never deleted, while the per-row checks doubled the write time of a
    // run (docs/PERFORMANCE.md).
    primaryKey({ columns: [t.instansiId, t.runId, t.employeeId] }),
    check('mapping_result_status_check', sql`${t.status} in ('DIPETAKAN','TIDAK_DIPETAKAN')`),
    check('mapping_result_box_check', sql`${t.box} is null or ${t.box} between 1 and 9`),
  ],
);
