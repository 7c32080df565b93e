import type { Database } from '../db/client.js';
import { createScratchPglite, createScratchPostgres } from '../db/scratch-database.js';
import { seedDemo, type DemoScale } from '../demo/seed.js';
import type { ClassificationInput } from '../domain/classify.js';
import { findInstansiSummaries } from '../features/instansi/instansi.repository.js';
import { loadMappingInputs } from '../features/mapping/mapping-inputs.repository.js';
import {
  publishMappingRun,
  runMappings,
  type RunMappingOutput,
} from '../features/mapping/mapping.service.js';
import { BAWAAN_V1 } from '../domain/rule-set.js';

export type EngineBench = {
  seedSeconds: number;
  employees: number;
  /**
   * Wall time of mapping every instansi (read → compute → write → audit, one run per instansi), median of
   * runs, with `concurrency` runs at a time (`runMappings`).
   */
  mapSeconds: number;
  mapRunsSeconds: number[];
  concurrency: number;
  /** The same, one instansi after another (as `talenta map --all` does today), with its phases summed. */
  sequentialSeconds: number;
  sequentialRunsSeconds: number[];
  sequentialPhases: { load: number; classify: number; write: number };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Seeds the demo at a scale and times complete mapping runs of every instansi, `runs` times one after
 * another and, when `concurrency` > 1, `runs` times that many at once.
 */
export async function benchMapping(
  database: Database,
  options: { scale: DemoScale; year: number; runs: number; concurrency: number; log: (line: string) => void },
): Promise<EngineBench> {
  await database.migrate();
  const t0 = performance.now();
  const seeded = await seedDemo(database.db, { scale: options.scale, seed: 1, year: options.year });
  const seedSeconds = (performance.now() - t0) / 1000;
  options.log(`  data demo ${options.scale}: ${seeded.employees} ASN dalam ${seedSeconds.toFixed(1)} s`);
  const inputs = (await findInstansiSummaries(database.db)).map((i) => ({
    instansiKode: i.kode,
    periode: options.year,
    actor: 'bench',
    // Timed: read → classify → write → audit. Publication (which recomputes the slates, timed by their
    // own bench) follows once, after the timed runs.
    publish: false,
  }));
  const timeRuns = async (concurrency: number) => {
    const runs: number[] = [];
    let phases = { load: 0, classify: 0, write: 0 };
    let last: RunMappingOutput[] = [];
    for (let r = 0; r < options.runs; r++) {
      const start = performance.now();
      const outputs = await runMappings(database.db, inputs, concurrency);
      last = outputs;
      runs.push((performance.now() - start) / 1000);
      phases = { load: 0, classify: 0, write: 0 };
      for (const o of outputs) {
        phases.load += o.seconds.load;
        phases.classify += o.seconds.classify;
        phases.write += o.seconds.write;
      }
      options.log(`  pemetaan ${r + 1}/${options.runs} (${concurrency} sekaligus): ${runs[r]!.toFixed(2)} s`);
    }
    return { runs, phases, last };
  };
  const sequential = await timeRuns(1);
  const parallel = options.concurrency > 1 ? await timeRuns(options.concurrency) : sequential;
  for (const o of parallel.last) await publishMappingRun(database.db, o.instansiKode, o.runId, 'bench');
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    seedSeconds,
    employees: seeded.employees,
    mapSeconds: median(parallel.runs),
    mapRunsSeconds: parallel.runs,
    concurrency: options.concurrency,
    sequentialSeconds: median(sequential.runs),
    sequentialRunsSeconds: sequential.runs,
    sequentialPhases: {
      load: round(sequential.phases.load),
      classify: round(sequential.phases.classify),
      write: round(sequential.phases.write),
    },
  };
}

/** Every employee's engine inputs, as a mapping run loads them (for the pure classification bench). */
export async function loadAllInputs(database: Database, year: number): Promise<ClassificationInput[]> {
  const all: ClassificationInput[] = [];
  for (const inst of await findInstansiSummaries(database.db)) {
    const rows = await loadMappingInputs(database.db, inst.id, year, {
      performanceYears: BAWAAN_V1.performanceWindowYears,
      assessmentYears: BAWAAN_V1.assessmentValidityYears,
      disciplineYears: BAWAAN_V1.trackRecord.disciplineWindowYears,
    });
    for (const r of rows) all.push(r.input);
  }
  return all;
}

/** A fresh embedded database in a temporary folder, removed on close. */
export const scratchPglite = (): Promise<Database> => createScratchPglite();

/** A scratch database on the server of `url` (never the configured database itself), dropped on close. */
export const scratchPostgres = (url: string): Promise<Database> =>
  createScratchPostgres(url, { prefix: 'talenta_bench' });
