import type { Command } from 'commander';
import { z } from 'zod';
import { importFile } from '../../features/imports/import.service.js';
import { IMPORT_KINDS, type ImportIssue, type ImportSummary } from '../../features/imports/import-types.js';
import { cliActor, withDatabase } from '../context.js';
import { createProgress } from '../progress.js';

const optionsSchema = z.object({
  kind: z.enum(IMPORT_KINDS, { message: `Jenis impor: ${IMPORT_KINDS.join(', ')}.` }),
  file: z.string().min(1),
  instansi: z.string({ message: 'Sebutkan --instansi <kode>.' }).min(1),
  dryRun: z.boolean().optional(),
  skipInvalid: z.boolean().optional(),
  errors: z.string().min(1).optional(),
  json: z.boolean().optional(),
});

// With an error file, the terminal shows the first issues only; the file has every error.
const SHOWN_WITH_ERROR_FILE = 100;
const n = (value: number) => value.toLocaleString('id-ID');

export function registerImport(program: Command): void {
  program
    .command('import <jenis> <berkas>')
    .description(`Mengimpor data berformat SIASN (CSV, XLSX, JSON); jenis: ${IMPORT_KINDS.join(', ')}`)
    .requiredOption('--instansi <kode>', 'kode instansi tujuan')
    .option('--dry-run', 'hanya memeriksa; tidak ada yang disimpan')
    .option('--skip-invalid', 'simpan baris yang valid walau ada baris tidak valid')
    .option('--errors <berkas>', 'tulis baris tidak valid beserta kesalahannya (format sama dengan masukan)')
    .option('--json', 'ringkasan dalam JSON')
    .action(async (kind: string, file: string, raw: Record<string, unknown>, command: Command) => {
      const o = optionsSchema.parse({ ...raw, kind, file });
      await withDatabase(command, async (database) => {
        const progress = createProgress(`Impor ${o.kind}`);
        let shown = 0;
        const onIssue = (issue: ImportIssue) => {
          if (o.json) return;
          shown++;
          if (o.errors && shown > SHOWN_WITH_ERROR_FILE) return;
          process.stderr.write(`${issue.severity === 'error' ? '✗' : '!'} ${issue.text}\n`);
        };
        let summary: ImportSummary;
        try {
          summary = await importFile(database.db, {
            kind: o.kind,
            file: o.file,
            instansiKode: o.instansi,
            dryRun: o.dryRun,
            skipInvalid: o.skipInvalid,
            errorsFile: o.errors,
            actor: cliActor(),
            onIssue,
            onProgress: (p) =>
              progress.update(
                Math.round(p.bytesRead / 1024),
                Math.max(1, Math.round(p.totalBytes / 1024)),
                `${n(p.rowsRead)} baris`,
              ),
          });
        } finally {
          progress.stop();
        }
        if (o.json) console.log(JSON.stringify(summary, null, 2));
        else printSummary(summary, Math.max(0, shown - SHOWN_WITH_ERROR_FILE));
        // import-format.md §3: 0 when every row was written, 1 when any row was invalid.
        if (summary.invalid > 0) process.exitCode = 1;
      });
    });
}

function printSummary(s: ImportSummary, hidden: number): void {
  if (hidden > 0 && s.errorsFile)
    console.error(`… dan ${n(hidden)} catatan lain; semua kesalahan ada di ${s.errorsFile}.`);
  console.log(`Impor ${s.kind} ke instansi ${s.instansiKode} dari ${s.file} — ${s.description}`);
  for (const notice of s.notices) console.log(`Catatan: ${notice}`);
  console.log(
    `${s.dryRun ? 'Uji coba: ' : ''}${n(s.rowsRead)} baris dibaca · ${n(s.created)} baru · ${n(s.updated)} diperbarui · ` +
      `${n(s.unchanged)} tidak berubah · ${n(s.invalid)} tidak valid · ${n(s.warnings)} peringatan ` +
      `(${s.seconds.toFixed(1).replace('.', ',')} detik)`,
  );
  if (s.dryRun)
    console.log('Uji coba (--dry-run): tidak ada yang disimpan; angka di atas adalah yang akan terjadi.');
  else if (!s.written)
    console.log(
      `Tidak ada yang disimpan: ${n(s.invalid)} baris tidak valid. Perbaiki lalu impor lagi, atau pakai --skip-invalid untuk menyimpan baris yang valid.`,
    );
  else if (s.invalid > 0)
    console.log(`Baris yang valid disimpan; ${n(s.invalid)} baris tidak valid dilewati.`);
  if (s.errorsFile) console.log(`Baris tidak valid beserta kolom "kesalahan" ditulis ke ${s.errorsFile}.`);
}
