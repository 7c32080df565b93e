import type { Db } from '../../db/client.js';
import { referenceDate } from '../../domain/dates.js';
import { isActive } from '../../domain/kedudukan.js';
import type { RuleSetContent } from '../../domain/rule-set.js';
import type { KeyPosition, SuccessionPerson } from '../../domain/succession/candidate.js';
import type { EligibilityContext } from '../../domain/succession/eligibility.js';
import {
  computeSlatesWithPool,
  feedsProvincialPool,
  provincialPoolLevels,
} from '../../domain/succession/provincial-pool.js';
import type { SuccessionSettings } from '../../domain/succession/rules.js';
import { effectiveSettings } from '../../domain/succession/settings.js';
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
import { oneAtATime } from './one-at-a-time.js';
import { insertSuccessionRun } from './succession-runs.repository.js';
import {
  findChildGovernments,
  findGovernment,
  type GovernmentRow,
} from './succession-settings.repository.js';
import { getSuccessionSettings } from './succession-settings.service.js';

export type RecomputeSlatesInput = {
  /** The instansi by id (from mapping publication) or by kode (CLI). */
  instansi: { id: number } | { kode: string };
  actor: string;
  /** On top of the instansi's stored settings (the CLI's --ukuran, the bench, tests). */
  settings?: Partial<SuccessionSettings>;
};

/** One kabupaten/kota of a province drawing on the provincial pool, as the run used it. */
export type PoolGovernment = {
  instansiId: number;
  kode: string;
  nama: string;
  /** Its own latest published mapping; null: it has none and contributes nobody. */
  mappingRunId: string | null;
  periode: number | null;
  /** Active people at the JPT job-step levels loaded from it. */
  people: number;
};

/** The provincial pool of a run (rules.md §6): where the JPT candidates came from, and notes in Indonesian. */
export type ProvincialPoolUse = { governments: PoolGovernment[]; drawn: number; notes: string[] };

export type RecomputeSlatesOutput = {
  runId: string;
  instansiId: number;
  mappingRunId: string;
  periode: number;
  keyPositions: number;
  evaluated: number;
  summary: BenchStrength;
  /** Null unless a province draws its JPT candidates from its kabupaten/kota too. */
  provincialPool: ProvincialPoolUse | null;
  seconds: { load: number; compute: number; write: number; total: number };
};

/** What a computation over the latest published mapping needs: the mapping, its rules, the context. */
export type SuccessionBasis = {
  instansi: GovernmentRow;
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

/**
 * The latest published mapping of an instansi with its rule set and the eligibility context (rules.md §6).
 * Settings: rules.md's defaults, the instansi's stored overrides, then `settings` on top.
 */
export async function successionBasis(
  db: Db,
  instansiId: number,
  settings: Partial<SuccessionSettings> = {},
): Promise<SuccessionBasis> {
  const [instansi, mapping, stored] = await Promise.all([
    findGovernment(db, instansiId),
    findLatestPublishedMapping(db, instansiId),
    getSuccessionSettings(db, instansiId),
  ]);
  if (!instansi) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  if (!mapping)
    throw new AppError(
      'NOTHING_TO_MAP',
      'Belum ada pemetaan talenta yang terbit untuk instansi ini: terbitkan pemetaan dulu (talenta map --publish).',
    );
  const version = await findVersionById(db, mapping.ruleSetVersionId);
  if (!version) throw new Error(`rule set version ${mapping.ruleSetVersionId} of a published run is missing`);
  const rules = contentOf(version);
  return {
    instansi,
    mapping,
    rules,
    context: {
      year: mapping.periode,
      referenceDate: referenceDate(mapping.periode),
      settings: effectiveSettings(stored, settings),
      minimumEducation: rules.minimumEducation,
    },
  };
}

/** Whether the basis draws JPT candidates from the province's kabupaten/kota (rules.md §6). */
export function drawsOnProvincialPool(basis: SuccessionBasis): boolean {
  return basis.context.settings.jptFromProvincialPool && basis.instansi.jenis === 'PROVINSI';
}

/** The drawn people of the provincial pool with where they came from. */
export type ProvincialPool = { people: SuccessionPerson[]; use: ProvincialPoolUse };

/**
 * The provincial pool of a province (rules.md §6): the active people of each kabupaten/kota, each read with
 * ITS OWN latest published mapping (a government without one contributes nobody, and a note says so).
 * Only people whose current job level can step up to one of the province's JPT key positions are loaded
 * (`provincialPoolLevels`): anyone else would fail the job step, so a JPT slate's reason counts cover the
 * province's own people plus these candidates. Experience, sanctions and retirement are measured at the
 * province's reference date, like everyone on its slates.
 */
export async function loadProvincialPool(
  db: Db,
  basis: SuccessionBasis,
  positions: readonly KeyPosition[],
): Promise<ProvincialPool> {
  const levels = provincialPoolLevels(positions);
  const people: SuccessionPerson[] = [];
  const governments: PoolGovernment[] = [];
  const notes: string[] = [];
  for (const { mapping, ...g } of await findChildGovernments(db, basis.instansi.id)) {
    // A government without a published mapping of the province's period contributes nobody.
    if (!mapping || !feedsProvincialPool(mapping, basis.mapping.periode)) {
      governments.push({
        instansiId: g.id,
        kode: g.kode,
        nama: g.nama,
        mappingRunId: null,
        periode: mapping?.periode ?? null,
        people: 0,
      });
      notes.push(
        mapping
          ? `${g.nama} (${g.kode}): pemetaan terbit terakhirnya periode ${mapping.periode}, provinsi periode ${basis.mapping.periode}: tidak menyumbang kandidat JPT sampai pemetaan periode ${basis.mapping.periode} diterbitkan.`
          : `${g.nama} (${g.kode}) belum memiliki pemetaan terbit: tidak menyumbang kandidat JPT.`,
      );
      continue;
    }
    const drawn =
      levels.length === 0
        ? []
        : (
            await loadSuccessionPeople(
              db,
              g.id,
              mapping.id,
              basis.mapping.periode,
              basis.context.settings.sanctionWindowYears,
              undefined,
              { jenjang: levels },
            )
          ).filter((p) => isActive(p.kedudukan));
    people.push(...drawn);
    governments.push({
      instansiId: g.id,
      kode: g.kode,
      nama: g.nama,
      mappingRunId: mapping.id,
      periode: mapping.periode,
      people: drawn.length,
    });
  }
  if (levels.length === 0)
    notes.push('Provinsi belum memiliki jabatan kunci JPT: tidak ada kandidat yang ditarik.');
  return { people, use: { governments, drawn: people.length, notes } };
}

/**
 * Loads the key positions and everyone of the instansi for a basis, and for a province drawing on the
 * provincial pool, the pool (null otherwise).
 */
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
  const pool = drawsOnProvincialPool(basis) ? await loadProvincialPool(db, basis, positions) : null;
  return { positions, people, pool };
}

/**
 * Rencana suksesi (rules.md §6) for an instansi's latest published mapping: every active employee checked
 * against every key position by the columnar engine; slates, reason counts, coverage and bench strength
 * stored as a new run with its audit entry. Called after a mapping is published and by
 * `talenta suksesi hitung`. Throws NOTHING_TO_MAP when the instansi has no published mapping.
 */
export async function recomputeSlates(db: Db, input: RecomputeSlatesInput): Promise<RecomputeSlatesOutput> {
  const instansiId = await instansiIdOf(db, input.instansi);
  // One at a time per instansi: the run committed last must be the one computed from the latest inputs.
  return oneAtATime(instansiId, () => recompute(db, instansiId, input));
}

async function recompute(
  db: Db,
  instansiId: number,
  input: RecomputeSlatesInput,
): Promise<RecomputeSlatesOutput> {
  const t0 = performance.now();
  const basis = await successionBasis(db, instansiId, input.settings);
  const { positions, people, pool } = await loadSuccessionInputs(db, instansiId, basis);
  const t1 = performance.now();
  const slates = computeSlatesFor(positions, people, basis.context, pool?.people ?? null);
  const summary = benchStrength(slates);
  const provincialPool = pool?.use ?? null;
  const t2 = performance.now();
  const run = await db.transaction(async (tx) => {
    const row = await insertSuccessionRun(
      tx,
      {
        instansiId,
        mappingRunId: basis.mapping.id,
        periode: basis.mapping.periode,
        settings: basis.context.settings,
        summary: provincialPool ? { ...summary, provincialPool } : summary,
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
      after: {
        mappingRunId: basis.mapping.id,
        periode: basis.mapping.periode,
        summary,
        ...(provincialPool ? { provincialPool } : {}),
      },
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
    provincialPool,
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

/**
 * The engine over loaded inputs (also used by the export and the bench): own people for every key
 * position, plus the provincial pool's for the JPT ones when given (rules.md §6).
 */
export function computeSlatesFor(
  positions: readonly KeyPositionRow[],
  people: readonly SuccessionPerson[],
  context: EligibilityContext,
  pool: readonly SuccessionPerson[] | null = null,
) {
  return computeSlatesWithPool(positions, people, pool, context);
}
