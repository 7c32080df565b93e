import type { Command } from 'commander';
import { compareRuns, explainEmployee } from '../../features/mapping/mapping-insight.service.js';
import { withDatabase } from '../context.js';
import { parseYear } from '../options.js';

export function registerInsight(program: Command): void {
  program
    .command('explain')
    .description('Penjelasan kotak seorang pegawai: komponen, bobot, batas, dan apa yang memindahkannya')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .requiredOption('--nip <nip>', 'NIP pegawai')
    .option('--periode <tahun>', 'tahun pemetaan resmi')
    .option('--run <id>', 'pemetaan tertentu')
    .option('--json', 'keluaran JSON')
    .action(
      async (
        o: { instansi: string; nip: string; periode?: string; run?: string; json?: boolean },
        command: Command,
      ) => {
        await withDatabase(command, async ({ db }) => {
          const ref = o.run
            ? { runId: o.run }
            : { periode: parseYear(o.periode ?? new Date().getFullYear() - 1) };
          const { explanation: e, ...who } = await explainEmployee(db, o.instansi, o.nip, ref);
          if (o.json) {
            console.log(JSON.stringify({ ...who, explanation: e }, null, 2));
            return;
          }
          console.log(`${who.nama} (${who.nip}) · pemetaan ${who.periode}`);
          console.log(e.summary);
          console.log(`Kinerja: ${e.performance.text}`);
          console.log(`Potensial: ${e.potential.text}`);
          for (const c of e.potential.components) console.log(`  · ${c.text}`);
          for (const p of e.potential.trackRecordParts) console.log(`      - ${p.text}`);
          if (e.whyBox) console.log(e.whyBox);
          for (const s of e.nextSteps) console.log(`  → ${s.text}`);
          for (const m of e.missingData) console.log(`  ! ${m.text}`);
          for (const w of e.warnings) console.log(`  ⚠ ${w.text}`);
        });
      },
    );

  program
    .command('compare')
    .description('Pergerakan kotak antara dua pemetaan resmi (mis. 2024 → 2025)')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .requiredOption('--dari <tahun>', 'tahun awal')
    .requiredOption('--ke <tahun>', 'tahun akhir')
    .option('--json', 'keluaran JSON')
    .action(async (o: { instansi: string; dari: string; ke: string; json?: boolean }, command: Command) => {
      await withDatabase(command, async ({ db }) => {
        const m = await compareRuns(
          db,
          o.instansi,
          { periode: parseYear(o.dari) },
          { periode: parseYear(o.ke) },
        );
        if (o.json) {
          console.log(JSON.stringify(m, null, 2));
          return;
        }
        console.log(`${o.instansi} ${o.dari} → ${o.ke}: ${m.up} naik, ${m.down} turun, ${m.same} tetap.`);
        console.log(
          'dari\\ke  ' + ['–', 1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => String(b).padStart(5)).join(''),
        );
        for (let f = 0; f <= 9; f++) {
          const row = m.matrix[f]!;
          console.log(
            `${(f === 0 ? '–' : String(f)).padStart(6)}   ` +
              Object.values(row)
                .map((n) => String(n).padStart(5))
                .join(''),
          );
        }
      });
    });
}
