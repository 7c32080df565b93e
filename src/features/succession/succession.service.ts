import type { Db } from '../../db/client.js';
import { referenceDate } from '../../domain/dates.js';
import type { RuleSetContent } from '../../domain/rule-set.js';
import type { EligibilityContext } from '../../domain/succession/eligibility.js';
import { DEFAULT_SUCCESSION_SETTINGS, type SuccessionSettings } from '../../domain/succession/rules.js';
import { computeSlates, digestPeople } from '../../domain/succession/slate-engine.js';
import { benchStrength, type BenchStrength } from '../../domain/succession/slate.js';
import { AppError } from '../../platform/errors.js';
import { appendAudit } from '../audit/audit.repository.js';
import { findInstansiByKode } from '../instansi/instansi.repository.js';
import { findVersionById } from '../rule-sets/rule-sets.repository.js';
import { contentOf } from '../rule-sets/rule-sets.service.js';
import {
  findLatestPublishedMapping,
  loadKeyPositions,
  loadSuccessionPeople,
  type KeyPositionRow,
  type LatestMapping,
} from './succession-inputs.repository.js';
import { insertSuccessionRun } from './succession-runs.repository.js';

export type RecomputeSlatesInput = {
  /** The instansi by id (from mapping publication) or by kode (CLI). */
  instansi: { id: number } | { kode: string };
  actor: string;
  settings?: Partial<SuccessionSettings>;
};

export type RecomputeSlatesOutput = {
  runId: string;
  instansiId: number;
  mappingRunId: string;
  periode: number;
  keyPositions: number;
  evaluated: number;
  summary: BenchStrength;
  seconds: { load: number; compute: number; write: number; total: number };
};

/** What a computation over the latest published mapping needs: the mapping, its rules, the context. */
export type SuccessionBasis = {
  mapping: LatestMapping;
  rules: RuleSetContent;
  context: EligibilityContext;
};

async function instansiIdOf(db: Db, ref: RecomputeSlatesInput['instansi']): Promise<number> {
  if ('id' in ref) return ref.id;
  const row = await findInstansiByKode(db, ref.kode);
  if (!row) throw new AppError('NOT_FOUND', `Instansi "${ref.kode}" tidak ditemukan.`);
  return row.id;
}

/** The latest published mapping of an instansi with its rule set and the eligibility context (rules.md §6). */
export async function successionBasis(
  db: Db,
  instansiId: number,
  settings: Partial<SuccessionSettings> = {},
): Promise<SuccessionBasis> {
  const mapping = await findLatestPublishedMapping(db, instansiId);
  if (!mapping)
    throw new AppError(
      'NOTHING_TO_MAP',
      'Belum ada pemetaan talenta yang terbit untuk instansi ini: terbitkan pemetaan dulu (talenta map --publish).',
    );
  const version = await findVersionById(db, mapping.ruleSetVersionId);
  if (!version) throw new Error(`rule set version ${mapping.ruleSetVersionId} of a published run is missing`);
  const rules = contentOf(version);
  return {
    mapping,
    rules,
    context: {
      year: mapping.periode,
      referenceDate: referenceDate(mapping.periode),
      settings: { ...DEFAULT_SUCCESSION_SETTINGS, ...settings },
      minimumEducation: rules.minimumEducation,
    },
  };
}

/** Loads the key positions and everyone of the instansi for a basis. */
export async function loadSuccessionInputs(db: Db, instansiId: number, basis: SuccessionBasis) {
  const [positions, people] = await Promise.all([
    loadKeyPositions(db, instansiId, basis.rules),
    loadSuccessionPeople(
      db,
      instansiId,
      basis.mapping.id,
      basis.mapping.periode,
      basis.context.settings.sanctionWindowYears,
    ),
  ]);
  return { positions, people };
}

/**
 * Rencana suksesi (rules.md §6) for an instansi's latest published mapping: every active employee checked
 * against every key position by the columnar engine; slates, reason counts, coverage and bench strength
 * stored as a new run with its audit entry. Called after a mapping is published and by
 * `talenta suksesi hitung`. Throws NOTHING_TO_MAP when the instansi has no published mapping.
 */
export async function recomputeSlates(db: Db, input: RecomputeSlatesInput): Promise<RecomputeSlatesOutput> {
  const t0 = performance.now();
  const instansiId = await instansiIdOf(db, input.instansi);
  const basis = await successionBasis(db, instansiId, input.settings);
  const { positions, people } = await loadSuccessionInputs(db, instansiId, basis);
  const t1 = performance.now();
  const slates = computeSlatesFor(positions, people, basis.context);
  const summary = benchStrength(slates);
  const t2 = performance.now();
  const run = await db.transaction(async (tx) => {
    const row = await insertSuccessionRun(
      tx,
      {
        instansiId,
        mappingRunId: basis.mapping.id,
        periode: basis.mapping.periode,
        settings: basis.context.settings,
        summary,
        evaluated: people.length,
        createdBy: input.actor,
      },
      slates,
    );
    await appendAudit(tx, {
      instansiId,
      actor: input.actor,
      action: 'succession_run.create',
      entity: 'succession_run',
      entityId: row.id,
      after: { mappingRunId: basis.mapping.id, periode: basis.mapping.periode, summary },
    });
    return row;
  });
  const t3 = performance.now();
  return {
    runId: run.id,
    instansiId,
    mappingRunId: basis.mapping.id,
    periode: basis.mapping.periode,
    keyPositions: positions.length,
    evaluated: people.length,
    summary,
    seconds: {
      load: (t1 - t0) / 1000,
      compute: (t2 - t1) / 1000,
      write: (t3 - t2) / 1000,
      total: (t3 - t0) / 1000,
    },
  };
}

/** What became of the slates after a change made them stale: the new run, why it failed, or null. */
export type SlatesRecomputed = { runId: string; seconds: number } | { error: string } | null;

/**
 * Recomputes the slates after a change that makes them stale (a mapping published, a key position marked
 * or unmarked), after that change has committed. A failure does not undo the change: it is reported, and
 * `talenta suksesi hitung` computes the slates again. Null when the instansi has no published mapping yet
 * (there is nothing to compute the slates on).
 */
export async function recomputeSlatesAfterChange(
  db: Db,
  instansiId: number,
  actor: string,
): Promise<SlatesRecomputed> {
  try {
    const out = await recomputeSlates(db, { instansi: { id: instansiId }, actor });
    return { runId: out.runId, seconds: out.seconds.total };
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOTHING_TO_MAP') return null;
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** The engine over loaded inputs (also used by the export and the bench). */
export function computeSlatesFor(
  positions: readonly KeyPositionRow[],
  people: Parameters<typeof digestPeople>[0],
  context: EligibilityContext,
) {
  return computeSlates(digestPeople(people, positions, context), positions, context);
}
