import type { Command } from 'commander';
import { z } from 'zod';
import { writeTable, writeTableToFile } from '../../features/exports/table-writer.js';
import { buildMappingExport } from '../../features/mapping/mapping-export.js';
import { withDatabase } from '../context.js';
import { registerExportPegawai } from './export-pegawai.js';
import { registerExportSuksesi } from './suksesi.js';
import { yearOption } from '../options.js';

const pemetaanOptions = z.object({
  instansi: z.string({ message: 'Sebutkan --instansi <kode>.' }),
  periode: yearOption,
  format: z.enum(['csv', 'xlsx', 'json', 'simata'], { message: 'Format: csv, xlsx, json atau simata.' }),
  out: z.string().optional(),
  run: z.string().uuid('ID pemetaan (--run) harus UUID.').optional(),
});

export function registerExport(program: Command): void {
  const group = program.command('export').description('Mengekspor data (export data)');
  registerExportPegawai(group);
  registerExportSuksesi(group);
  group
    .command('pemetaan')
    .description('Hasil pemetaan talenta: csv, xlsx, json, atau bentuk SIMATA BKN')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .requiredOption('--periode <tahun>', 'tahun pemetaan')
    .option('--format <format>', 'csv | xlsx | json | simata', 'csv')
    .option('--out <file>', 'berkas tujuan (bawaan: keluaran standar; xlsx wajib --out)')
    .option('--run <id>', 'pemetaan tertentu (bawaan: yang resmi/terbit)')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const o = pemetaanOptions.parse(raw);
      if (o.format === 'xlsx' && !o.out)
        throw new z.ZodError([
          { code: 'custom', path: ['out'], message: 'Format xlsx perlu --out <berkas>.', input: undefined },
        ]);
      await withDatabase(command, async (database) => {
        const table = await buildMappingExport(database.db, {
          instansiKode: o.instansi,
          periode: o.periode,
          runId: o.run,
          format: o.format,
        });
        // SIMATA's shape is written as CSV unless the file name asks for JSON.
        const format = o.format === 'simata' ? (o.out?.endsWith('.json') ? 'json' : 'csv') : o.format;
        if (o.out) {
          await writeTableToFile(table, format, o.out);
          console.error(`Ekspor pemetaan ${o.instansi} ${o.periode} ditulis ke ${o.out}.`);
        } else {
          await writeTable(table, format, process.stdout);
        }
      });
    });
}
