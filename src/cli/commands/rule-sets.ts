import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { simulateRuleSet } from '../../features/mapping/mapping-insight.service.js';
import { getInstansiOrThrow } from '../../features/mapping/mapping.service.js';
import {
  copyRuleSet,
  getRuleSetVersion,
  listRuleSets,
  newDraftVersion,
  publishRuleSet,
  updateDraft,
} from '../../features/rule-sets/rule-sets.service.js';
import { AppError } from '../../platform/errors.js';
import { cliActor, withDatabase } from '../context.js';
import { parseYear } from '../options.js';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      `Berkas ${file} tidak dapat dibaca sebagai JSON: ${(error as Error).message}`,
    );
  }
}

export function registerRuleSets(program: Command): void {
  const group = program
    .command('aturan')
    .description('Aturan pemetaan (rule sets): lihat, salin, ubah, terbitkan, simulasi');

  group
    .command('list')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .description('Aturan yang dapat dipakai instansi, dengan versi dan hash')
    .action(async (o: { instansi: string }, command: Command) => {
      await withDatabase(command, async ({ db }) => {
        const instansi = await getInstansiOrThrow(db, o.instansi);
        const rows = await listRuleSets(db, instansi.id);
        console.table(
          rows.map((r) => ({
            aturan: `${r.kode}@${r.version}`,
            nama: r.nama,
            milik: r.instansiId === null ? 'bawaan' : o.instansi,
            status: r.status,
            hash: r.contentHash.slice(0, 16),
          })),
        );
      });
    });

  group
    .command('show')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .option('--aturan <aturan>', 'kode atau kode@versi', 'bawaan')
    .description('Isi aturan (JSON)')
    .action(async (o: { instansi: string; aturan: string }, command: Command) => {
      await withDatabase(command, async ({ db }) => {
        const instansi = await getInstansiOrThrow(db, o.instansi);
        const version = await getRuleSetVersion(db, instansi.id, o.aturan);
        console.log(JSON.stringify(version.rules, null, 2));
      });
    });

  group
    .command('copy')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .option('--dari <aturan>', 'aturan sumber', 'bawaan')
    .requiredOption('--kode <kode>', 'kode aturan baru')
    .requiredOption('--nama <nama>', 'nama aturan baru')
    .description('Menyalin aturan menjadi draf milik instansi')
    .action(async (o: { instansi: string; dari: string; kode: string; nama: string }, command: Command) => {
      await withDatabase(command, async ({ db }) => {
        const instansi = await getInstansiOrThrow(db, o.instansi);
        await copyRuleSet(db, instansi.id, { from: o.dari, kode: o.kode, nama: o.nama }, cliActor());
        console.log(
          `Draf ${o.kode}@1 dibuat dari ${o.dari}. Ubah dengan \`talenta aturan set\`, lalu terbitkan.`,
        );
      });
    });

  group
    .command('set')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .requiredOption('--aturan <aturan>', 'draf: kode atau kode@versi')
    .requiredOption('--file <json>', 'berkas JSON berisi aturan lengkap (lihat `talenta aturan show`)')
    .description('Mengganti isi draf setelah divalidasi')
    .action(async (o: { instansi: string; aturan: string; file: string }, command: Command) => {
      await withDatabase(command, async ({ db }) => {
        const instansi = await getInstansiOrThrow(db, o.instansi);
        const saved = await updateDraft(db, instansi.id, o.aturan, readJson(o.file), cliActor());
        console.log(`Draf ${saved.kode}@${saved.version} disimpan (hash ${saved.contentHash.slice(0, 16)}).`);
      });
    });

  group
    .command('new-version')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .requiredOption('--kode <kode>', 'kode aturan')
    .description('Membuat draf versi berikutnya dari versi terakhir')
    .action(async (o: { instansi: string; kode: string }, command: Command) => {
      await withDatabase(command, async ({ db }) => {
        const instansi = await getInstansiOrThrow(db, o.instansi);
        const v = await newDraftVersion(db, instansi.id, o.kode, cliActor());
        console.log(`Draf ${o.kode}@${v.version} dibuat.`);
      });
    });

  group
    .command('publish')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .requiredOption('--aturan <aturan>', 'kode atau kode@versi')
    .description('Menerbitkan draf: sejak itu tidak dapat diubah lagi')
    .action(async (o: { instansi: string; aturan: string }, command: Command) => {
      await withDatabase(command, async ({ db }) => {
        const instansi = await getInstansiOrThrow(db, o.instansi);
        const v = await publishRuleSet(db, instansi.id, o.aturan, cliActor());
        console.log(`Aturan ${v.kode}@${v.version} terbit.`);
      });
    });

  group
    .command('simulasi')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .requiredOption('--periode <tahun>', 'tahun pemetaan')
    .requiredOption('--aturan <aturan>', 'aturan yang diuji (draf atau terbit)')
    .option('--json', 'keluaran JSON')
    .description('What-if: berapa orang berpindah kotak bila aturan ini dipakai, tanpa menyimpan apa pun')
    .action(
      async (o: { instansi: string; periode: string; aturan: string; json?: boolean }, command: Command) => {
        await withDatabase(command, async ({ db }) => {
          const result = await simulateRuleSet(db, o.instansi, {
            periode: parseYear(o.periode),
            aturan: o.aturan,
          });
          if (o.json) {
            console.log(JSON.stringify(result, null, 2));
            return;
          }
          console.log(
            `${result.candidate} dibanding ${result.baseline}, ${result.periode}: ${result.changed} dari ${result.evaluated} ASN berpindah kotak.`,
          );
          for (const [t, n] of Object.entries(result.transitions).sort((a, b) => b[1] - a[1])) {
            console.log(`  kotak ${t.replace('->', ' → ').replace(/\b0\b/g, '–')}: ${n}`);
          }
        });
      },
    );
}
