import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { writeTable, writeTableToFile } from '../../features/exports/table-writer.js';
import { listInstansi } from '../../features/instansi/instansi.service.js';
import { buildSuccessionExport, successionJson } from '../../features/succession/succession-export.js';
import { recomputeSlates, type RecomputeSlatesOutput } from '../../features/succession/succession.service.js';
import { AppError } from '../../platform/errors.js';
import { cliActor, withDatabase } from '../context.js';

const hitungOptions = z
  .object({
    instansi: z.string().optional(),
    all: z.boolean().optional(),
    ukuran: z.coerce.number().int().min(1).max(50).optional(),
    json: z.boolean().optional(),
  })
  .refine((o) => Boolean(o.instansi) !== Boolean(o.all), {
    message: 'Sebutkan --instansi <kode> atau --all (salah satu).',
  });

/** `talenta suksesi hitung`: slates of every key position from the latest published mapping (rules.md §6). */
export function registerSuksesi(program: Command): void {
  const group = program.command('suksesi').description('Rencana suksesi jabatan kunci (succession)');
  group
    .command('hitung')
    .description('Menghitung ulang rencana suksesi dari pemetaan terbit terakhir')
    .option('--instansi <kode>', 'kode instansi')
    .option('--all', 'semua instansi (yang belum punya pemetaan terbit dilewati)')
    .option('--ukuran <n>', 'jumlah kandidat per jabatan (bawaan 5)')
    .option('--json', 'ringkasan dalam JSON')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const o = hitungOptions.parse(raw);
      await withDatabase(command, async (database) => {
        const kodes = o.all ? (await listInstansi(database.db)).map((i) => i.kode) : [o.instansi ?? ''];
        const outputs: (RecomputeSlatesOutput & { kode: string })[] = [];
        for (const kode of kodes) {
          try {
            const out = await recomputeSlates(database.db, {
              instansi: { kode },
              actor: cliActor(),
              ...(o.ukuran ? { settings: { slateSize: o.ukuran } } : {}),
            });
            outputs.push({ ...out, kode });
            if (!o.json) print(kode, out);
          } catch (error) {
            if (o.all && error instanceof AppError && error.code === 'NOTHING_TO_MAP') {
              if (!o.json) console.log(`${kode}: dilewati, belum ada pemetaan terbit.`);
              continue;
            }
            throw error;
          }
        }
        if (o.json) console.log(JSON.stringify(outputs, null, 2));
      });
    });
}

function print(kode: string, o: RecomputeSlatesOutput): void {
  const s = o.summary;
  console.log(
    `${kode} ${o.periode}: ${o.keyPositions} jabatan kunci × ${o.evaluated} ASN · ${s.covered} tercakup` +
      ` (${s.coveredPercent === null ? '-' : s.coveredPercent.toFixed(0)}%), ${s.withEmergencySuccessor} dengan suksesor darurat,` +
      ` ${s.withoutCandidates} tanpa kandidat · ${o.seconds.total.toFixed(2)} detik`,
  );
  const pool = o.provincialPool;
  if (pool) {
    console.log(`  Kandidat JPT juga dari kabupaten/kota: ${pool.drawn} pegawai ditarik.`);
    for (const note of pool.notes) console.log(`  ${note}`);
  }
}

const exportOptions = z.object({
  instansi: z.string({ message: 'Sebutkan --instansi <kode>.' }),
  format: z.enum(['csv', 'xlsx', 'json'], { message: 'Format: csv, xlsx atau json.' }),
  out: z.string().optional(),
  semua: z.boolean().optional(),
});

/** `talenta export suksesi` (import-format.md §4), formula-safe through the table writer. */
export function registerExportSuksesi(exportGroup: Command): void {
  exportGroup
    .command('suksesi')
    .description('Rencana suksesi: kandidat per jabatan kunci (csv, xlsx, json)')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .option('--format <format>', 'csv | xlsx | json', 'csv')
    .option('--out <file>', 'berkas tujuan (bawaan: keluaran standar; xlsx wajib --out)')
    .option('--semua', 'semua pegawai yang dinilai, termasuk yang tidak memenuhi syarat dan alasannya')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const o = exportOptions.parse(raw);
      if (o.format === 'xlsx' && !o.out)
        throw new z.ZodError([
          { code: 'custom', path: ['out'], message: 'Format xlsx perlu --out <berkas>.', input: undefined },
        ]);
      await withDatabase(command, async (database) => {
        const x = await buildSuccessionExport(database.db, o.instansi, Boolean(o.semua));
        if (o.format === 'json') {
          const text = JSON.stringify(successionJson(x), null, 2) + '\n';
          if (o.out) await writeFile(o.out, text);
          else process.stdout.write(text);
        } else if (o.out) await writeTableToFile(x.table, o.format, o.out);
        else await writeTable(x.table, o.format, process.stdout);
        if (o.out) console.error(`Ekspor suksesi ${o.instansi} ${x.periode} ditulis ke ${o.out}.`);
      });
    });
}
