import type { Database } from '../db/client.js';
import { createScratchPglite, createScratchPostgres } from '../db/scratch-database.js';
import { seedDemo, type DemoScale } from '../demo/seed.js';
import type { ClassificationInput } from '../domain/classify.js';
import { findInstansiSummaries } from '../features/instansi/instansi.repository.js';
import { loadMappingInputs } from '../features/mapping/mapping-inputs.repository.js';
import { runMapping } from '../features/mapping/mapping.service.js';
import { BAWAAN_V1 } from '../domain/rule-set.js';

export type EngineBench = {
  seedSeconds: number;
  employees: number;
  /** Wall time of one mapping run over every instansi (read → compute → write → audit), median of runs. */
  mapSeconds: number;
  mapRunsSeconds: number[];
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Seeds the demo at a scale and times complete mapping runs of every instansi, `runs` times. */
export async function benchMapping(
  database: Database,
  options: { scale: DemoScale; year: number; runs: number; log: (line: string) => void },
): Promise<EngineBench> {
  await database.migrate();
  const t0 = performance.now();
  const seeded = await seedDemo(database.db, { scale: options.scale, seed: 1, year: options.year });
  const seedSeconds = (performance.now() - t0) / 1000;
  options.log(`  data demo ${options.scale}: ${seeded.employees} ASN dalam ${seedSeconds.toFixed(1)} s`);
  const kodes = (await findInstansiSummaries(database.db)).map((i) => i.kode);
  const runs: number[] = [];
  for (let r = 0; r < options.runs; r++) {
    const start = performance.now();
    for (const kode of kodes) {
      await runMapping(database.db, {
        instansiKode: kode,
        periode: options.year,
        actor: 'bench',
        publish: true,
      });
    }
    runs.push((performance.now() - start) / 1000);
    options.log(`  pemetaan ${r + 1}/${options.runs}: ${runs[r]!.toFixed(2)} s`);
  }
  return { seedSeconds, employees: seeded.employees, mapSeconds: median(runs), mapRunsSeconds: runs };
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
