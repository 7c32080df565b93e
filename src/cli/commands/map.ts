import type { Command } from 'commander';
import { z } from 'zod';
import { listInstansi } from '../../features/instansi/instansi.service.js';
import type { Database, Db } from '../../db/client.js';
import {
  runMapping,
  runMappings,
  type RunMappingInput,
  type RunMappingOutput,
} from '../../features/mapping/mapping.service.js';
import { cliActor, withDatabase } from '../context.js';
import { createProgress } from '../progress.js';
import { yearOption } from '../options.js';

const optionsSchema = z
  .object({
    instansi: z.string().optional(),
    all: z.boolean().optional(),
    periode: yearOption,
    aturan: z.string().optional(),
    publish: z.boolean().optional(),
    json: z.boolean().optional(),
  })
  .refine((o) => Boolean(o.instansi) !== Boolean(o.all), {
    message: 'Sebutkan --instansi <kode> atau --all (salah satu).',
  });

const PHASES = { memuat: 1, menghitung: 2, menyimpan: 3, selesai: 4 } as const;

export function registerMap(program: Command): void {
  program
    .command('map')
    .description('Menjalankan pemetaan talenta (9-box) untuk satu tahun')
    .option('--instansi <kode>', 'kode instansi')
    .option('--all', 'semua instansi')
    .requiredOption('--periode <tahun>', 'tahun pemetaan (tanggal acuan 31 Desember)')
    .option('--aturan <aturan>', 'aturan pemetaan: kode atau kode@versi (bawaan: bawaan)')
    .option('--publish', 'jadikan pemetaan resmi instansi untuk tahun itu')
    .option('--json', 'ringkasan dalam JSON')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const options = optionsSchema.parse(raw);
      await withDatabase(command, async (database) => {
        const kodes = options.all
          ? (await listInstansi(database.db)).map((i) => i.kode)
          : [options.instansi ?? ''];
        const outputs =
          kodes.length === 1
            ? [await runOne(database.db, kodes[0]!, options)]
            : await runAll(database, kodes, options);
        if (options.json) console.log(JSON.stringify(outputs, null, 2));
        else outputs.forEach(printSummary);
      });
    });
}

type MapOptions = z.infer<typeof optionsSchema>;

const inputFor = (kode: string, options: MapOptions): RunMappingInput => ({
  instansiKode: kode,
  periode: options.periode,
  aturan: options.aturan,
  publish: options.publish,
  actor: cliActor(),
});

/** One instansi, with a progress bar through its phases. */
async function runOne(db: Db, kode: string, options: MapOptions): Promise<RunMappingOutput> {
  const progress = createProgress(`Pemetaan ${kode}`);
  try {
    return await runMapping(db, {
      ...inputFor(kode, options),
      onProgress: (p) => progress.update(PHASES[p.phase], 4, `${p.phase} · ${p.employees} ASN`),
    });
  } finally {
    progress.stop();
  }
}

/**
 * Every instansi: on a server two at a time (each run is its own transaction on its own connection, so
 * the server uses both cores); PGlite runs one statement at a time, so one after another there.
 */
async function runAll(database: Database, kodes: string[], options: MapOptions): Promise<RunMappingOutput[]> {
  const progress = createProgress(`Pemetaan ${kodes.length} instansi`);
  let done = 0;
  try {
    return await runMappings(
      database.db,
      kodes.map((kode) => ({
        ...inputFor(kode, options),
        onProgress: (p) => {
          if (p.phase === 'selesai') progress.update(++done, kodes.length, kode);
        },
      })),
      database.engine === 'postgres' ? 2 : 1,
    );
  } finally {
    progress.stop();
  }
}

function printSummary(o: RunMappingOutput): void {
  const s = o.summary;
  console.log(
    `\n${o.instansiKode} ${o.periode} · aturan ${o.ruleSet} · ${o.published ? 'TERBIT (resmi)' : 'draf'} · ` +
      `pemetaan ${o.runId} · ${o.seconds.total.toFixed(2)} detik`,
  );
  console.log(
    `  ${s.total} ASN aktif: ${s.mapped} dipetakan, ${s.notMapped} tidak dipetakan; ${s.inactiveExcluded} tidak aktif (tidak ikut).`,
  );
  console.log('  Kotak:  ' + [9, 8, 7, 6, 5, 4, 3, 2, 1].map((b) => `${b}: ${s.perBox[b] ?? 0}`).join('  '));
  const reasons = Object.entries(s.perReason).sort((a, b) => b[1] - a[1]);
  if (reasons.length > 0) {
    console.log('  Alasan tidak dipetakan:');
    for (const [reason, n] of reasons) console.log(`    ${reason}: ${n}`);
  }
  if (o.slates && 'error' in o.slates)
    console.log(
      `  Rencana suksesi belum dihitung ulang: ${o.slates.error} Jalankan \`talenta suksesi hitung\`.`,
    );
  else if (o.slates) console.log(`  Rencana suksesi dihitung ulang (${o.slates.seconds.toFixed(2)} detik).`);
  const province = o.slates?.province;
  if (province && 'error' in province)
    console.log(`  Rencana suksesi provinsi ${province.kode} belum dihitung ulang: ${province.error}`);
  else if (province)
    console.log(
      `  Rencana suksesi provinsi ${province.kode} dihitung ulang (kandidat JPT dari kabupaten/kota; ${province.seconds.toFixed(2)} detik).`,
    );
  if (o.supersededRunIds.length > 0)
    console.log(`  Menggantikan pemetaan resmi sebelumnya: ${o.supersededRunIds.join(', ')}`);
}
