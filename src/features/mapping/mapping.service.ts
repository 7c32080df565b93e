import type { Db } from '../../db/client.js';
import { classifyColumns } from '../../domain/classify-columns.js';
import { compileRules } from '../../domain/fast-path.js';
import { AppError } from '../../platform/errors.js';
import { appendAudit } from '../audit/audit.repository.js';
import { findInstansiByKode } from '../instansi/instansi.repository.js';
import { getRuleSetVersion } from '../rule-sets/rule-sets.service.js';
import { recomputeSlatesAfterChange, type SlatesRecomputed } from '../succession/succession.service.js';
import { findDrawingProvince } from '../succession/succession-settings.repository.js';
import { loadMappingColumns } from './mapping-inputs.repository.js';
import { findRun, finishRun, insertResults, insertRun, publishRun } from './mapping-runs.repository.js';
import { summarizeColumns, type MappingSummary } from './mapping-summary.js';

export type MappingProgress = { phase: 'memuat' | 'menghitung' | 'menyimpan' | 'selesai'; employees: number };

export type RunMappingInput = {
  instansiKode: string;
  periode: number;
  /** Rule-set ref (`kode` or `kode@versi`); the built-in "Bawaan" when absent. */
  aturan?: string | undefined;
  publish?: boolean;
  actor: string;
  onProgress?: (p: MappingProgress) => void;
  /**
   * Leave the recomputation of a province drawing on this government to the caller (`runMappings` does it
   * once per province after all of its kabupaten/kota, instead of once after each).
   */
  provinceLater?: boolean;
};

export type RunMappingOutput = {
  runId: string;
  instansiKode: string;
  periode: number;
  ruleSet: string;
  ruleSetHash: string;
  published: boolean;
  supersededRunIds: string[];
  summary: MappingSummary;
  /** Slates recomputed after publication (rules.md §6); an error leaves the mapping published. */
  slates: SlatesAfterPublication;
  seconds: { load: number; classify: number; write: number; total: number };
};

/** A succession recomputation: the new run, or why it failed. */
export type SlatesRecompute = NonNullable<SlatesRecomputed>;

/**
 * The succession run a publication triggered, why it failed, or null when nothing was published. With
 * `province`: the province above draws its JPT candidates from this government (rules.md §6 provincial
 * pool), so its slates were recomputed too.
 */
export type SlatesAfterPublication =
  (SlatesRecompute & { province?: SlatesRecompute & { kode: string } }) | null;

export async function getInstansiOrThrow(db: Db, kode: string) {
  const row = await findInstansiByKode(db, kode);
  if (!row)
    throw new AppError(
      'NOT_FOUND',
      `Instansi "${kode}" tidak ditemukan. Lihat daftar dengan \`talenta instansi list\`.`,
    );
  return row;
}

/**
 * A mapping run (rules.md §1–§3): load every employee's inputs, classify the active ones with the pure
 * engine, and store every result with its rule-set version and hash, all in one transaction with its
 * audit entries. With `publish`, the run becomes the instansi's official mapping for the year.
 */
export async function runMapping(db: Db, input: RunMappingInput): Promise<RunMappingOutput> {
  const t0 = performance.now();
  const instansi = await getInstansiOrThrow(db, input.instansiKode);
  const version = await getRuleSetVersion(db, instansi.id, input.aturan);
  if (input.publish && version.status !== 'PUBLISHED') {
    throw new AppError(
      'VALIDATION',
      `Aturan ${version.kode}@${version.version} masih draf: terbitkan dulu sebelum dipakai untuk pemetaan resmi.`,
    );
  }
  const rules = version.rules;
  const compiled = compileRules(rules);

  input.onProgress?.({ phase: 'memuat', employees: 0 });
  // Load digests the records into columns (domain/mapping-columns.ts); inactive people get no slot.
  const { employeeIds, columns, inactive } = await loadMappingColumns(db, instansi.id, input.periode, {
    performanceYears: rules.performanceWindowYears,
    assessmentYears: rules.assessmentValidityYears,
    disciplineYears: rules.trackRecord.disciplineWindowYears,
  });
  const t1 = performance.now();

  input.onProgress?.({ phase: 'menghitung', employees: employeeIds.length });
  // The columnar engine gives exactly classifyEmployee's results (classify-columns.test.ts).
  const out = classifyColumns(columns, compiled);
  const summary = summarizeColumns(out, inactive);
  const t2 = performance.now();

  input.onProgress?.({ phase: 'menyimpan', employees: employeeIds.length });
  const { run, superseded } = await db.transaction(async (tx) => {
    const run = await insertRun(tx, {
      instansiId: instansi.id,
      periode: input.periode,
      ruleSetVersionId: version.id,
      ruleSetHash: version.contentHash,
      createdBy: input.actor,
    });
    await insertResults(tx, instansi.id, run.id, { employeeIds, digest: columns, out });
    await finishRun(tx, instansi.id, run.id, summary);
    await appendAudit(tx, {
      instansiId: instansi.id,
      actor: input.actor,
      action: 'mapping_run.create',
      entity: 'mapping_run',
      entityId: run.id,
      after: {
        periode: input.periode,
        ruleSet: `${version.kode}@${version.version}`,
        ruleSetHash: version.contentHash,
        summary,
      },
    });
    const superseded = input.publish ? await publishInTx(tx, run, input.actor) : [];
    return { run, superseded };
  });
  const t3 = performance.now();
  // Slates are derived from the official mapping, so they follow its publication, outside the run's
  // transaction and outside its timing (they have their own target, product.md §4).
  // "The slates are recomputed whenever a mapping is published" (issue #7, rules.md §6); a failure is
  // reported and does not undo the publication.
  const slates = input.publish
    ? await slatesAfterPublication(db, instansi.id, input.actor, !input.provinceLater)
    : null;
  input.onProgress?.({ phase: 'selesai', employees: employeeIds.length });

  return {
    runId: run.id,
    instansiKode: instansi.kode,
    periode: input.periode,
    ruleSet: `${version.kode}@${version.version}`,
    ruleSetHash: version.contentHash,
    published: Boolean(input.publish),
    supersededRunIds: superseded,
    summary,
    slates,
    seconds: {
      load: (t1 - t0) / 1000,
      classify: (t2 - t1) / 1000,
      write: (t3 - t2) / 1000,
      total: (t3 - t0) / 1000,
    },
  };
}

type TxOf = Parameters<Parameters<Db['transaction']>[0]>[0];

async function publishInTx(
  tx: TxOf,
  run: { instansiId: number; id: string; periode: number },
  actor: string,
) {
  const superseded = await publishRun(tx, run);
  await appendAudit(tx, {
    instansiId: run.instansiId,
    actor,
    action: 'mapping_run.publish',
    entity: 'mapping_run',
    entityId: run.id,
    after: { periode: run.periode, supersedes: superseded },
  });
  return superseded;
}

/** Publishes an earlier run: it becomes the official mapping of its year, superseding the current one. */
export async function publishMappingRun(db: Db, instansiKode: string, runId: string, actor: string) {
  const instansi = await getInstansiOrThrow(db, instansiKode);
  const run = await findRun(db, instansi.id, runId);
  if (!run) throw new AppError('NOT_FOUND', `Pemetaan ${runId} tidak ditemukan di instansi ${instansiKode}.`);
  if (run.status === 'PUBLISHED') return { runId, supersededRunIds: [] as string[], slates: null };
  const superseded = await db.transaction((tx) => publishInTx(tx, run, actor));
  const slates = await slatesAfterPublication(db, instansi.id, actor);
  return { runId, supersededRunIds: superseded, slates };
}

/**
/**
 * "The slates are recomputed whenever a mapping is published" (issue #7, rules.md §6), after the
 * publication has committed; a failure does not undo it (see `recomputeSlatesAfterChange`).
 */
async function slatesAfterPublication(
  db: Db,
  instansiId: number,
  actor: string,
  withProvince = true,
): Promise<SlatesAfterPublication> {
  const own = await recomputeSlatesAfterChange(db, instansiId, actor);
  if (!own || !withProvince) return own;
  // A province drawing on the provincial pool reads this government's latest published mapping: its
  // JPT slates are stale now (null: the province has no published mapping of its own yet).
  const province = await findDrawingProvince(db, instansiId);
  if (!province) return own;
  const recomputed = await recomputeSlatesAfterChange(db, province.id, actor);
  return recomputed ? { ...own, province: { kode: province.kode, ...recomputed } } : own;
}

/**
 * Several mapping runs (e.g. every instansi of a province), `concurrency` at a time: on a server each run
 * is one transaction on its own connection, so two runs use two cores; their audit entries still chain in
 * commit order (the audit lock is taken at the end of each run). Outputs come in the order of `inputs`.
 * PGlite executes one statement at a time: use 1 there.
 */
export async function runMappings(
  db: Db,
  inputs: readonly RunMappingInput[],
  concurrency: number,
): Promise<RunMappingOutput[]> {
  const outputs = new Array<RunMappingOutput>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const i = next++;
      outputs[i] = await runMapping(db, { ...inputs[i]!, provinceLater: true });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, inputs.length)) }, worker));
  await recomputeDrawingProvinces(db, inputs, outputs);
  return outputs;
}

/**
 * After a batch: each province drawing on the provincial pool whose kabupaten/kota published in it is
 * recomputed once (rules.md §6), and the result reported on each of those publications. A province
 * published in the same batch was recomputed with its own publication; it is recomputed again only if one
 * of its kabupaten/kota published in the batch too (their order in the batch is not the province's).
 */
async function recomputeDrawingProvinces(
  db: Db,
  inputs: readonly RunMappingInput[],
  outputs: RunMappingOutput[],
): Promise<void> {
  const byProvince = new Map<number, { kode: string; children: number[] }>();
  for (const [i, out] of outputs.entries()) {
    if (!out.published || !out.slates) continue;
    const instansi = await getInstansiOrThrow(db, out.instansiKode);
    const province = await findDrawingProvince(db, instansi.id);
    if (!province) continue;
    const entry = byProvince.get(province.id) ?? { kode: province.kode, children: [] };
    entry.children.push(i);
    byProvince.set(province.id, entry);
  }
  for (const [provinceId, { kode, children }] of byProvince) {
    const actor = inputs[children[0]!]!.actor;
    const recomputed = await recomputeSlatesAfterChange(db, provinceId, actor);
    if (!recomputed) continue;
    for (const i of children) {
      const own = outputs[i]!.slates;
      if (own) outputs[i] = { ...outputs[i]!, slates: { ...own, province: { kode, ...recomputed } } };
    }
  }
}
