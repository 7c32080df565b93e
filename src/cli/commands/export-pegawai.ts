import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { z } from 'zod';
import { buildPegawaiExport } from '../../features/employees/pegawai-export.js';
import { writeTable } from '../../features/exports/table-writer.js';
import { withDatabase } from '../context.js';

const optionsSchema = z.object({
  instansi: z.string({ message: 'Sebutkan --instansi <kode>.' }).min(1),
  format: z.enum(['csv', 'xlsx', 'json'], { message: 'Format: csv, xlsx atau json.' }),
  out: z.string().min(1).optional(),
});

/** `talenta export pegawai`: every employee of an instansi in the columns of `talenta import pegawai`. */
export function registerExportPegawai(group: Command): void {
  group
    .command('pegawai')
    .description('Data pegawai satu instansi (kolom SIASN, bisa diimpor kembali): csv, xlsx, json')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .option('--format <format>', 'csv | xlsx | json', 'csv')
    .option('--out <file>', 'berkas tujuan (bawaan: keluaran standar; xlsx wajib --out)')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const o = optionsSchema.parse(raw);
      if (o.format === 'xlsx' && !o.out)
        throw new z.ZodError([
          { code: 'custom', path: ['out'], message: 'Format xlsx perlu --out <berkas>.', input: undefined },
        ]);
      await withDatabase(command, async (database) => {
        const table = await buildPegawaiExport(database.db, o.instansi);
        if (!o.out) return writeTable(table, o.format, process.stdout);
        const out = createWriteStream(o.out);
        const closed = once(out, 'close');
        await writeTable(table, o.format, out);
        await closed;
        console.error(`Ekspor pegawai ${o.instansi} ditulis ke ${o.out}.`);
      });
    });
}
