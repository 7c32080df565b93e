import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Database } from '../db/client.js';
import { createScratchPglite, createScratchPostgres } from '../db/scratch-database.js';
import { instansi } from '../db/schema/index.js';
import { buildNip } from '../domain/nip.js';
import { isoDate } from '../domain/dates.js';
import { importFile } from '../features/imports/import.service.js';
import { openSource } from '../features/imports/source/open-source.js';

export type ImportBenchOptions = {
  /** Employees in the file (100,000 by default). */
  rows?: number;
  /** A PostgreSQL server to import into instead of PGlite in a temporary data folder (a scratch database). */
  postgresUrl?: string | undefined;
  log?: (line: string) => void;
};

export type ImportBenchReport = {
  rows: number;
  engine: 'pglite' | 'postgres';
  /** Wall time of `importFile` on a fresh database: read, validate, upsert, audit, commit. */
  csvSeconds: number;
  xlsxSeconds: number;
  /** The CSV imported again over itself: every row unchanged. */
  csvReimportSeconds: number;
  /**
   * CPU time (all threads of this process) of each import. On a loaded machine wall time mostly measures
   * waiting; on PGlite, which runs in the process, CPU time is the work itself and approximates a quiet
   * machine's wall time. On PostgreSQL the server's share is not in it.
   */
  cpuSecondsByFormat: { csv: number; xlsx: number };
  /** Highest resident set size sampled while importing (the files are written before). */
  peakRssMb: number;
  /** The same per file, and the process's size with the database open before the import started. */
  peakRssMbByFormat: { csv: number; xlsx: number };
  /**
   * Before the import, database open. On PGlite this includes creating the fresh data folder (initdb, whose
   * memory WebAssembly keeps): ~850 MB, against ~415 MB when `talenta import` opens an existing folder.
   */
  baselineRssMb: number;
  /** What the import itself added to the process (peak − that file's baseline). */
  importRssMbByFormat: { csv: number; xlsx: number };
  fileMb: { csv: number; xlsx: number };
  /**
   * The XLSX reader alone (every row read, no database open yet): its time, the process's peak RSS while
   * it ran and what it added over the RSS before (≈0 when it fits in heap the file writer left behind).
   */
  xlsxReadOnly: { seconds: number; cpuSeconds: number; peakRssMb: number; addedRssMb: number };
};

const HEADER = [
  'nipBaru',
  'nama',
  'gelarBelakang',
  'tglLahir',
  'jenisKelamin',
  'jenisPegawai',
  'kedudukanPns',
  'golRuangAkhir',
  'tmtGolAkhir',
  'pendidikanTerakhir',
  'unorId',
  'unorNama',
  'jenisJabatanId',
  'jabatanNama',
  'eselon',
  'tmtJabatan',
  'tmtCpns',
];
const JOBS = [
  ['2', 'Analis Kebijakan Ahli Muda', ''],
  ['2', 'Pranata Komputer Ahli Pertama', ''],
  ['4', 'Pengadministrasi Umum', ''],
  ['1', 'Kepala Seksi', 'IV.a'],
  ['2', 'Perawat Terampil', ''],
] as const;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const dmy = (d: string) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;

/** A deterministic, valid SIASN data-utama row (the NIP agrees with birth date and sex). */
export function pegawaiBenchRow(i: number): string[] {
  // (i mod 30, 12, 28) repeat every 420 rows, where the serial moves on: every NIP is different.
  const birthYear = 1965 + (i % 30);
  const birth = isoDate(birthYear, 1 + (i % 12), 1 + (i % 28));
  const sex = i % 2 === 0 ? 'L' : 'P';
  const tmtYear = birthYear + 20 + (i % 8);
  const nip = buildNip({
    birthDate: birth,
    appointmentYearMonth: `${tmtYear}-03`,
    sex,
    serial: 1 + Math.floor(i / 420),
  });
  const [jenis, jabatan, eselon] = JOBS[i % JOBS.length] ?? JOBS[0];
  return [
    nip,
    `Pegawai ${i}`,
    'S.Kom.',
    dmy(birth),
    sex,
    'PNS',
    'Aktif',
    'III/c',
    '01-04-2018',
    'S-1/Sarjana',
    `U${i % 200}`,
    `Unit ${i % 200}`,
    jenis,
    jabatan,
    eselon,
    '01-01-2021',
    `01-03-${tmtYear}`,
  ];
}

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(HEADER.join(';') + '\n');
  for (let i = 0; i < rows; i++) {
    if (!out.write(pegawaiBenchRow(i).join(';') + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

async function writeXlsx(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('pegawai');
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(pegawaiBenchRow(i)).commit();
  sheet.commit();
  await workbook.commit();
}

/** A migrated scratch database: a PGlite data folder on disk, as `talenta import` uses (an in-memory PGlite
 * would count the data as RSS), or a scratch database on the given server. */
async function freshDatabase(
  postgresUrl: string | undefined,
  dir: string,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  const database = postgresUrl
    ? await createScratchPostgres(postgresUrl, { prefix: 'talenta_bench_import' })
    : await createScratchPglite(dir);
  await database.migrate();
  return { database, drop: () => database.close() };
}

const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

async function timeImport(
  database: Database,
  file: string,
): Promise<{ seconds: number; cpuSeconds: number }> {
  global.gc?.();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const summary = await importFile(database.db, {
    kind: 'pegawai',
    file,
    instansiKode: 'bench',
    actor: 'bench',
  });
  if (summary.invalid > 0) throw new Error(`bench file has invalid rows: ${summary.issues[0]?.text ?? ''}`);
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSince(cpu0) };
}

/** Reads every row of the file through the import's source, with nothing else running. */
async function timeRead(file: string, sample: () => number): Promise<ImportBenchReport['xlsxReadOnly']> {
  global.gc?.();
  const baseline = process.memoryUsage.rss();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const source = await openSource(file, 'pegawai');
  let rows = 0;
  for await (const _row of source.rows) rows++;
  if (rows === 0) throw new Error('bench file has no rows');
  const seconds = (performance.now() - t0) / 1000;
  return {
    seconds,
    cpuSeconds: cpuSince(cpu0),
    peakRssMb: mb(sample()),
    addedRssMb: mb(Math.max(0, sample() - baseline)),
  };
}

/**
 * A 100,000-row `pegawai` import from CSV and from XLSX, each into a fresh database, with time and peak RSS
 * (target: ≤ 10 s and ≤ 500 MB). The files are generated first, in a temporary folder removed afterwards.
 */
export async function benchImport(options: ImportBenchOptions = {}): Promise<ImportBenchReport> {
  const rows = options.rows ?? 100_000;
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(path.join(os.tmpdir(), 'talenta-bench-impor-'));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  try {
    const csv = path.join(dir, 'pegawai.csv');
    const xlsx = path.join(dir, 'pegawai.xlsx');
    log(`Impor: menulis berkas ${rows} pegawai…`);
    await writeCsv(csv, rows);
    await writeXlsx(xlsx, rows);
    const { statSync } = await import('node:fs');
    const fileMb = { csv: statSync(csv).size / 2 ** 20, xlsx: statSync(xlsx).size / 2 ** 20 };
    peak = process.memoryUsage.rss();
    const xlsxReadOnly = await timeRead(xlsx, () => peak);
    log(`  XLSX dibaca saja: ${xlsxReadOnly.seconds.toFixed(2)} s, puncak ${xlsxReadOnly.peakRssMb} MB`);
    const seconds: number[] = [];
    const cpu: number[] = [];
    const peaks: number[] = [];
    const baselines: number[] = [];
    for (const file of [csv, xlsx]) {
      const { database, drop } = await freshDatabase(options.postgresUrl, dir);
      try {
        await database.db.insert(instansi).values({ kode: 'bench', nama: 'Bench', jenis: 'KABUPATEN' });
        global.gc?.();
        baselines.push(process.memoryUsage.rss());
        peak = process.memoryUsage.rss();
        const first = await timeImport(database, file);
        seconds.push(first.seconds);
        cpu.push(first.cpuSeconds);
        peaks.push(peak);
        log(`  ${path.extname(file).slice(1).toUpperCase()}: ${first.seconds.toFixed(2)} s`);
        if (file === csv) seconds.push((await timeImport(database, file)).seconds);
      } finally {
        await drop();
      }
    }
    return {
      rows,
      engine: options.postgresUrl ? 'postgres' : 'pglite',
      csvSeconds: seconds[0] ?? 0,
      csvReimportSeconds: seconds[1] ?? 0,
      xlsxSeconds: seconds[2] ?? 0,
      cpuSecondsByFormat: { csv: cpu[0] ?? 0, xlsx: cpu[1] ?? 0 },
      peakRssMb: Math.round(Math.max(...peaks) / 2 ** 20),
      peakRssMbByFormat: {
        csv: Math.round((peaks[0] ?? 0) / 2 ** 20),
        xlsx: Math.round((peaks[1] ?? 0) / 2 ** 20),
      },
      baselineRssMb: mb(Math.max(...baselines)),
      importRssMbByFormat: {
        csv: mb((peaks[0] ?? 0) - (baselines[0] ?? 0)),
        xlsx: mb((peaks[1] ?? 0) - (baselines[1] ?? 0)),
      },
      fileMb: { csv: Math.round(fileMb.csv * 10) / 10, xlsx: Math.round(fileMb.xlsx * 10) / 10 },
      xlsxReadOnly,
    };
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}
