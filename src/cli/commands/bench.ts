import os from 'node:os';
import type { Command } from 'commander';
import { z } from 'zod';
import { configFor } from '../context.js';
import { yearOption } from '../options.js';

const optionsSchema = z.object({
  skala: z.enum(['kalteng', 'semua', 'nasional'], {
    message: 'Skala bench: kalteng, semua atau nasional.',
  }),
  nasional: z.boolean().optional(),
  runs: z.coerce.number().int().min(1).max(20),
  tahun: yearOption,
  impor: z.boolean().optional(),
  api: z.boolean().optional(),
  apiDetik: z.coerce.number().int().min(1).max(600),
  apiPengguna: z.coerce.number().int().min(1).max(500),
  apiJeda: z.coerce.number().int().min(0).max(10_000),
});

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('Tolok ukur kinerja; mencetak JSON (PostgreSQL diukur bila DATABASE_URL diisi)')
    .option(
      '--skala <skala>',
      'kalteng (85.000) | semua (juga 1 juta untuk klasifikasi murni) | nasional (hanya 4,8 juta ASN, PostgreSQL)',
      'semua',
    )
    .option('--nasional', 'juga ukur skala nasional: pemetaan + suksesi 4,8 juta ASN di ±600 instansi')
    .option('--runs <n>', 'jumlah pengulangan pemetaan (median dilaporkan)', '3')
    .option('--tahun <tahun>', 'tahun pemetaan', '2025')
    .option('--impor', 'juga ukur impor 100.000 baris pegawai dari CSV dan XLSX')
    .option('--api', 'hanya ukur latensi API (daftar pegawai, 9-box) dengan pengguna serentak')
    .option('--api-detik <n>', 'lama pengukuran API per mesin basis data', '30')
    .option('--api-pengguna <n>', 'jumlah pengguna serentak', '50')
    .option('--api-jeda <ms>', 'jeda acak 0…ms antara permintaan seorang pengguna (0: tanpa jeda)', '0')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const o = optionsSchema.parse(raw);
      const config = configFor(command);
      const { runBench } = await import('../../bench/bench.js');
      const cpus = os.cpus();
      const report = await runBench(
        {
          scale: o.skala === 'nasional' ? 'kalteng' : o.skala,
          national: Boolean(o.nasional),
          nationalOnly: o.skala === 'nasional',
          withImport: Boolean(o.impor),
          year: o.tahun,
          runs: o.runs,
          postgresUrl: config.databaseUrl,
          api: o.api ? { seconds: o.apiDetik, users: o.apiPengguna, thinkMs: o.apiJeda } : undefined,
          log: (line) => process.stderr.write(line + '\n'),
        },
        {
          cpus: cpus.length,
          cpuModel: cpus[0]?.model ?? 'unknown',
          memoryGb: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
          platform: `${os.platform()} ${os.release()}`,
        },
      );
      console.log(JSON.stringify(report, null, 2));
    });
}
