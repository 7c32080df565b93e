import { BAWAAN_V1 } from '../domain/rule-set.js';
import { benchApi, type ApiBenchOptions, type ApiBenchReport } from './api-bench.js';
import { benchImport, type ImportBenchReport } from './import-bench.js';
import { benchNational, NATIONAL_DATABASE, type NationalBench } from './national-bench.js';
import { benchClassify } from './classify-bench.js';
import { benchSlates, type SlatesBench } from './slates-bench.js';
import {
  benchMapping,
  loadAllInputs,
  scratchPglite,
  scratchPostgres,
  type EngineBench,
} from './mapping-bench.js';

export type BenchOptions = {
  scale: 'kalteng' | 'semua';
  /** Also time a 100,000-row pegawai import from CSV and XLSX (per engine). */
  withImport: boolean;
  year: number;
  runs: number;
  /** A PostgreSQL server to measure on too (a scratch database is created there and dropped). */
  postgresUrl: string | undefined;
  log: (line: string) => void;
  /** `--nasional`: also the national-scale run (needs a server); `nationalOnly`: that run alone. */
  national?: boolean;
  nationalOnly?: boolean;
  /** `--api`: only the API latency bench (api-bench.ts). */
  api?: Pick<ApiBenchOptions, 'seconds' | 'users' | 'thinkMs'> | undefined;
};

export type BenchReport = {
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  /** `classifyColumns` over digested columns (the mapping run's engine); digest and reference apart. */
  classifyPerSecond: number;
  classifyDigestPerSecond: number;
  classifyReferencePerSecond: number;
  classifyBoxOnlyPerSecond: number;
  classifyEmployees: number;
  mapKaltengSeconds: { pglite: number; postgres: number | null };
  mapKaltengDetail: { pglite: EngineBench; postgres: EngineBench | null };
  peakRssMb: number;
  import: { pglite: ImportBenchReport; postgres: ImportBenchReport | null } | null;
  /** All succession slates (recomputeSlates of every instansi): PostgreSQL when measured, else PGlite. */
  slatesKaltengSeconds: number;
  /** The same ranking as one SQL query per instansi, on PostgreSQL; null without a server. */
  slatesSqlKaltengSeconds: number | null;
  /** Mapping + slates at national scale (4.8 M ASN, 600 instansi, PostgreSQL); null unless asked for. */
  nationalSeconds: number | null;
  national: NationalBench | null;
  slatesDetail: { pglite: SlatesBench; postgres: SlatesBench | null };
};

/**
 * `talenta bench`: the demo at Kalimantan Tengah scale (85,000 ASN) mapped end to end on PGlite and, when a
 * server is given, on PostgreSQL; and the pure classification throughput over the demo's inputs at
 * 85,000 and (with `semua`) 1 million employees. Figures, not pass/fail: targets live in PERFORMANCE.md.
 */
export async function runBench(
  options: BenchOptions,
  machine: BenchReport['machine'],
): Promise<
  | BenchReport
  | { machine: BenchReport['machine']; api: ApiBenchReport }
  | { machine: BenchReport['machine']; nationalSeconds: number; national: NationalBench }
> {
  if (options.api) return { machine, api: await benchApi({ ...options, ...options.api }) };
  if (options.nationalOnly) {
    const national = await runNational(options);
    return { machine, nationalSeconds: national.seconds, national };
  }
  options.log('PGlite (tertanam):');
  const pglite = await scratchPglite();
  let pgliteBench: EngineBench;
  let classify;
  const slates: { pglite?: SlatesBench; postgres: SlatesBench | null } = { postgres: null };
  try {
    // PGlite executes one statement at a time: runs one after another.
    pgliteBench = await benchMapping(pglite, {
      concurrency: 1,
      scale: 'kalteng',
      year: options.year,
      runs: options.runs,
      log: options.log,
    });
    slates.pglite = await benchSlates(pglite, { runs: options.runs, withSql: false, log: options.log });
    const inputs = await loadAllInputs(pglite, options.year);
    const total = options.scale === 'semua' ? 1_000_000 : inputs.length;
    options.log(`Klasifikasi murni: ${total} ASN…`);
    classify = benchClassify(inputs, BAWAAN_V1, options.year, total);
  } finally {
    await pglite.close();
  }

  let postgresBench: EngineBench | null = null;
  if (options.postgresUrl) {
    options.log('PostgreSQL:');
    const pg = await scratchPostgres(options.postgresUrl);
    try {
      // A server runs each instansi's transaction on its own connection: two at a time use both cores.
      postgresBench = await benchMapping(pg, {
        concurrency: 2,
        scale: 'kalteng',
        year: options.year,
        runs: options.runs,
        log: options.log,
      });
      slates.postgres = await benchSlates(pg, { runs: options.runs, withSql: true, log: options.log });
    } finally {
      await pg.close();
    }
  }

  let importReport: BenchReport['import'] = null;
  if (options.withImport) {
    options.log('Impor 100.000 pegawai (PGlite):');
    const pgliteImport = await benchImport({ log: options.log });
    let postgresImport: ImportBenchReport | null = null;
    if (options.postgresUrl) {
      options.log('Impor 100.000 pegawai (PostgreSQL):');
      postgresImport = await benchImport({ postgresUrl: options.postgresUrl, log: options.log });
    }
    importReport = { pglite: pgliteImport, postgres: postgresImport };
  }

  const national = options.national ? await runNational(options) : null;

  return {
    machine,
    classifyPerSecond: classify.classifyPerSecond,
    classifyDigestPerSecond: classify.digestPerSecond,
    classifyReferencePerSecond: classify.referencePerSecond,
    classifyBoxOnlyPerSecond: classify.boxOnlyPerSecond,
    classifyEmployees: classify.employees,
    mapKaltengSeconds: { pglite: pgliteBench.mapSeconds, postgres: postgresBench?.mapSeconds ?? null },
    mapKaltengDetail: { pglite: pgliteBench, postgres: postgresBench },
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    import: importReport,
    slatesKaltengSeconds: slates.postgres?.seconds ?? slates.pglite.seconds,
    slatesSqlKaltengSeconds: slates.postgres?.sqlSeconds ?? null,
    nationalSeconds: national?.seconds ?? null,
    national,
    slatesDetail: { pglite: slates.pglite, postgres: slates.postgres },
  };
}

async function runNational(options: BenchOptions): Promise<NationalBench> {
  if (!options.postgresUrl)
    throw new Error('Skala nasional diukur pada server PostgreSQL: isi DATABASE_URL.');
  options.log(`Skala nasional (PostgreSQL, basis data ${NATIONAL_DATABASE} disimpan antar-pengukuran):`);
  return benchNational({ postgresUrl: options.postgresUrl, year: options.year, log: options.log });
}
