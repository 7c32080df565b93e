import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  doublePrecision,
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
import { employee } from './employees.js';
import { instansi } from './instansi.js';

/**
 * Keputusan kelompok rencana suksesi (rules.md §4): a committee decision on one person's membership of a
 * pool (JPT, Administrator, Pengawas). Append-only (a trigger refuses UPDATE and DELETE): a new decision
 * supersedes the previous one for the same person and pool, by `seq`. Adding or removing needs a reason.
 */
export const talentPoolDecision = pgTable(
  'talent_pool_decision',
  {
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id),
    id: uuid('id').notNull().defaultRandom(),
    /** Order of decisions across the table (the latest per person and pool applies). */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    employeeId: uuid('employee_id').notNull(),
    /** JPT | ADMINISTRATOR | PENGAWAS */
    poolLevel: text('pool_level').notNull(),
    /** KONFIRMASI | TAMBAH | KELUARKAN */
    keputusan: text('keputusan').notNull(),
    alasan: text('alasan'),
    /** The published mapping the decision was taken on. */
    mappingRunId: uuid('mapping_run_id'),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    foreignKey({ columns: [t.instansiId, t.employeeId], foreignColumns: [employee.instansiId, employee.id] }),
    index('talent_pool_decision_person_idx').on(t.instansiId, t.poolLevel, t.employeeId),
    check('talent_pool_decision_level_check', sql`${t.poolLevel} in ('JPT','ADMINISTRATOR','PENGAWAS')`),
    check('talent_pool_decision_kind_check', sql`${t.keputusan} in ('KONFIRMASI','TAMBAH','KELUARKAN')`),
    check(
      'talent_pool_decision_reason_check',
      sql`${t.keputusan} = 'KONFIRMASI' or length(trim(coalesce(${t.alasan}, ''))) > 0`,
    ),
  ],
);

/**
 * Perhitungan rencana suksesi: the slates of every key position of an instansi computed from one published
 * mapping (rules.md §6), with the settings used and the bench strength. Runs are kept; the latest one of the
 * latest published mapping is the current one.
 */
export const successionRun = pgTable(
  'succession_run',
  {
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id),
    id: uuid('id').notNull().defaultRandom(),
    mappingRunId: uuid('mapping_run_id').notNull(),
    periode: smallint('periode').notNull(),
    settings: jsonb('settings').notNull(),
    /** Bench strength and counts (BenchStrength of domain/succession/slate.ts). */
    summary: jsonb('summary').notNull(),
    evaluated: integer('evaluated').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.id] }),
    index('succession_run_mapping_idx').on(t.instansiId, t.mappingRunId, t.createdAt),
  ],
);

/** One key position's slate in a run: counts, coverage, emergency successor and ineligibility reasons. */
export const successionSlate = pgTable(
  'succession_slate',
  {
    instansiId: integer('instansi_id').notNull(),
    runId: uuid('run_id').notNull(),
    positionId: uuid('position_id').notNull(),
    eligibleCount: integer('eligible_count').notNull(),
    readyNowCount: integer('ready_now_count').notNull(),
    ineligibleCount: integer('ineligible_count').notNull(),
    covered: boolean('covered').notNull(),
    emergencyEmployeeId: uuid('emergency_employee_id'),
    /** The emergency successor's government when not the slate's own (provincial pool); null = own. */
    emergencyInstansiId: integer('emergency_instansi_id').references(() => instansi.id),
    /** People not eligible per reason code of rules.md §6. */
    reasonCounts: jsonb('reason_counts').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.runId, t.positionId] }),
    foreignKey({
      columns: [t.instansiId, t.runId],
      foreignColumns: [successionRun.instansiId, successionRun.id],
    }),
  ],
);

/** One candidate on a slate, with the values that ranked them (rules.md §6), unrounded. */
export const successionCandidate = pgTable(
  'succession_candidate',
  {
    instansiId: integer('instansi_id').notNull(),
    runId: uuid('run_id').notNull(),
    positionId: uuid('position_id').notNull(),
    peringkat: smallint('peringkat').notNull(),
    employeeId: uuid('employee_id').notNull(),
    /**
     * The candidate's government when not the slate's own: a kabupaten/kota drawn into a province's JPT
     * slate (rules.md §6, provincial pool). Null = the slate's own instansi; reads join the employee on
     * `coalesce(employee_instansi_id, instansi_id)`.
     */
    employeeInstansiId: integer('employee_instansi_id').references(() => instansi.id),
    box: smallint('box').notNull(),
    targetJpm: doublePrecision('target_jpm').notNull(),
    potentialScore: doublePrecision('potential_score').notNull(),
    performanceScore: doublePrecision('performance_score').notNull(),
    /** SIAP_SEKARANG | SIAP_1_2_TAHUN | SIAP_3_TAHUN_LEBIH */
    kesiapan: text('kesiapan').notNull(),
    darurat: boolean('darurat').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.runId, t.positionId, t.peringkat] }),
    check(
      'succession_candidate_kesiapan_check',
      sql`${t.kesiapan} in ('SIAP_SEKARANG','SIAP_1_2_TAHUN','SIAP_3_TAHUN_LEBIH')`,
    ),
  ],
);

/**
 * Pengaturan suksesi of an instansi (rules.md §6 "configurable"): only the overrides of the defaults
 * (domain/succession/settings.ts), one row per instansi, changed through the API (audited).
 */
export const successionSetting = pgTable(
  'succession_setting',
  {
    instansiId: integer('instansi_id')
      .primaryKey()
      .references(() => instansi.id),
    /** SettingsOverrides: slateSize, coverageMinEligible, pppkForJpt, readyNowJpm, readySoonJpm, jptFromProvincialPool. */
    settings: jsonb('settings').notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [check('succession_setting_object_check', sql`jsonb_typeof(${t.settings}) = 'object'`)],
);
