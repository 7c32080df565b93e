import type { Command } from 'commander';
import { z } from 'zod';
import type { Database, Db } from '../../db/client.js';
import type { DemoScale } from '../../demo/seed.js';
import {
  assertDemoAccountsAllowed,
  formatDemoLogins,
  seedDemoAccounts,
} from '../../features/auth/demo-accounts.js';
import { listInstansi } from '../../features/instansi/instansi.service.js';
import { runMappings } from '../../features/mapping/mapping.service.js';
import { createProgress } from '../progress.js';
import { withDatabase } from '../context.js';
import { yearOption } from '../options.js';

const optionsSchema = z.object({
  skala: z.enum(['kecil', 'kalteng', 'nasional'], { message: 'Skala: kecil, kalteng atau nasional.' }),
  seed: z.coerce.number().int().min(0),
  tahun: yearOption,
});

/** Seeds the demo with a progress bar; used by `talenta demo` and by `talenta serve` on an empty database. */
export async function runDemoSeed(db: Db, scale: DemoScale, seed: number, year: number) {
  // Loaded on demand: the generator is large and most commands never need it.
  const { seedDemo } = await import('../../demo/seed.js');
  const progress = createProgress('Data demo');
  try {
    return await seedDemo(db, {
      scale,
      seed,
      year,
      onProgress: (p) => progress.update(p.done, p.total, `${p.instansi} · ${p.employees} ASN`),
    });
  } finally {
    progress.stop();
  }
}

/**
 * A first start shows a working system: every demo instansi gets an official mapping for each year (the
 * later one last, so movement between them and the slates of the latest are there), as an Admin Instansi
 * would publish with `talenta map --all --publish`.
 */
export async function publishDemoMappings(database: Database, years: number[]): Promise<void> {
  const kodes = (await listInstansi(database.db)).map((i) => i.kode);
  const progress = createProgress('Pemetaan demo');
  try {
    for (const [index, periode] of years.entries()) {
      await runMappings(
        database.db,
        kodes.map((instansiKode) => ({ instansiKode, periode, actor: 'demo', publish: true })),
        database.engine === 'postgres' ? 2 : 1,
      );
      progress.update(index + 1, years.length, String(periode));
    }
  } finally {
    progress.stop();
  }
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Mengisi data demo Kalimantan Tengah (seed the Kalimantan Tengah demo data)')
    .option('--skala <skala>', 'kecil (±6.000 ASN) | kalteng (±85.000) | nasional (±4,8 juta)', 'kecil')
    .option('--seed <n>', 'benih acak; seed yang sama memberi data yang sama', '1')
    .option('--tahun <tahun>', 'tahun acuan data (SKP tahun ini dan sebelumnya)', '2025')
    .action(async (raw: Record<string, string>, command: Command) => {
      const options = optionsSchema.parse(raw);
      await withDatabase(command, async (database, config) => {
        // Refuse before writing anything: the demo's accounts share a published password.
        assertDemoAccountsAllowed(config.nodeEnv);
        const result = await runDemoSeed(database.db, options.skala, options.seed, options.tahun);
        const accounts = await seedDemoAccounts(database.db, { nodeEnv: config.nodeEnv });
        console.log(
          `Data demo terisi: ${result.instansi} instansi, ${result.employees} ASN, ${accounts.created} akun demo, dalam ${result.seconds.toFixed(1)} detik.`,
        );
        for (const line of formatDemoLogins(accounts.logins)) console.log(line);
      });
    });
}
