import { openDatabase, type Database } from '../db/client.js';
import { databaseUrl } from '../db/scratch-database.js';
import { instansiForScale } from '../demo/scales.js';
import { seedDemo } from '../demo/seed.js';
import { findInstansiSummaries } from '../features/instansi/instansi.repository.js';
import { runMappings, type RunMappingOutput } from '../features/mapping/mapping.service.js';

/** The server database that keeps the national demo between bench runs (seeding it takes most of an hour). */
export const NATIONAL_DATABASE = 'talenta_bench_nasional';

export type NationalBench = {
  database: string;
  instansi: number;
  employees: number;
  keyPositions: number;
  /** Seconds spent seeding instansi missing from the kept database in this run (0 when it was complete). */
  seedSeconds: number;
  seededInstansi: number;
  /** Wall time: every instansi mapped, published and its slates recomputed, `concurrency` instansi at a time. */
  seconds: number;
  concurrency: number;
  /** Summed over the instansi: the mapping's phases and the slates' recompute after publication. */
  phases: { load: number; classify: number; write: number; slates: number };
  /** Slate recomputes that failed (reported, not thrown: the mapping stays published). */
  slateErrors: number;
  /** Resident memory of the process at the start, the peak, and after each tenth of the instansi. */
  rssMb: { start: number; peak: number; byTenth: number[] };
};

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Seeds the national-scale instansi the kept database does not hold yet (resumable: per instansi). */
export async function ensureNationalSeed(database: Database, year: number, log: (line: string) => void) {
  await database.migrate();
  const present = new Set((await findInstansiSummaries(database.db)).map((i) => i.kode));
  const missing = instansiForScale('nasional')
    .map((s) => s.kode)
    .filter((k) => !present.has(k));
  if (missing.length === 0) return { seconds: 0, instansi: 0 };
  log(`  data demo nasional: ${missing.length} instansi belum ada, diisi dulu (tidak diukur)…`);
  const t0 = performance.now();
  // In chunks, each its own seedDemo: an interrupted seed resumes at the next missing instansi.
  for (let i = 0; i < missing.length; i += 20) {
    const chunk = missing.slice(i, i + 20);
    await seedDemo(database.db, { scale: 'nasional', only: chunk, seed: 1, year });
    log(`    ${Math.min(i + 20, missing.length)}/${missing.length} instansi`);
  }
  return { seconds: (performance.now() - t0) / 1000, instansi: missing.length };
}

/** The kept national database on the server of `postgresUrl`, created when missing. */
export async function openNationalDatabase(postgresUrl: string): Promise<Database> {
  const admin = await openDatabase({ engine: 'postgres', url: postgresUrl, poolSize: 1 });
  try {
    const exists = await admin.executeSql('select 1 from pg_database where datname = $1', [
      NATIONAL_DATABASE,
    ]);
    if (exists.rows.length === 0) await admin.executeSql(`create database ${NATIONAL_DATABASE}`);
  } finally {
    await admin.close();
  }
  return openDatabase({ engine: 'postgres', url: databaseUrl(postgresUrl, NATIONAL_DATABASE) });
}

/**
 * National scale (product.md §4: 4.8 million ASN in about 600 instansi, ≤ 120 s, flat memory): every
 * instansi mapped, published and its succession slates recomputed, streamed one instansi per connection,
 * two at a time (`runMappings`, as `talenta map --all --publish` does on a server). The data stays in
 * {@link NATIONAL_DATABASE} on the server between runs; missing instansi are seeded first, untimed.
 */
export async function benchNational(options: {
  postgresUrl: string;
  year: number;
  log: (line: string) => void;
}): Promise<NationalBench> {
  const database = await openNationalDatabase(options.postgresUrl);
  try {
    const seeded = await ensureNationalSeed(database, options.year, options.log);
    const instansi = await findInstansiSummaries(database.db);
    const concurrency = 2;
    const rssStart = process.memoryUsage().rss;
    let peak = rssStart;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 200);
    const byTenth: number[] = [];
    let done = 0;
    const outputs: RunMappingOutput[] = [];
    const t0 = performance.now();
    try {
      // Tenths run one after another so that memory can be read between them; each tenth keeps two
      // instansi in flight until its last one (the idle tail is ≤ one instansi per tenth).
      const tenth = Math.ceil(instansi.length / 10);
      for (let i = 0; i < instansi.length; i += tenth) {
        const part = instansi.slice(i, i + tenth).map((x) => ({
          instansiKode: x.kode,
          periode: options.year,
          actor: 'bench',
          publish: true,
        }));
        outputs.push(...(await runMappings(database.db, part, concurrency)));
        done += part.length;
        const rss = process.memoryUsage().rss;
        peak = Math.max(peak, rss);
        byTenth.push(mb(rss));
        options.log(
          `  nasional: ${done}/${instansi.length} instansi, ${((performance.now() - t0) / 1000).toFixed(1)} s, RSS ${mb(rss)} MB`,
        );
      }
    } finally {
      clearInterval(sampler);
    }
    const seconds = (performance.now() - t0) / 1000;
    const phases = { load: 0, classify: 0, write: 0, slates: 0 };
    let slateErrors = 0;
    let employees = 0;
    for (const o of outputs) {
      phases.load += o.seconds.load;
      phases.classify += o.seconds.classify;
      phases.write += o.seconds.write;
      employees += o.summary.total + o.summary.inactiveExcluded;
      if (o.slates && 'seconds' in o.slates) phases.slates += o.slates.seconds;
      else slateErrors++;
    }
    const keyPositions = await database.executeSql('select count(*)::int as n from position where is_key');
    const round = (x: number) => Math.round(x * 100) / 100;
    return {
      database: NATIONAL_DATABASE,
      instansi: instansi.length,
      employees,
      keyPositions: (keyPositions.rows[0] as { n: number }).n,
      seedSeconds: round(seeded.seconds),
      seededInstansi: seeded.instansi,
      seconds: round(seconds),
      concurrency,
      phases: {
        load: round(phases.load),
        classify: round(phases.classify),
        write: round(phases.write),
        slates: round(phases.slates),
      },
      slateErrors,
      rssMb: { start: mb(rssStart), peak: mb(peak), byTenth },
    };
  } finally {
    await database.close();
  }
}
