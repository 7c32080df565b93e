import type { Command } from 'commander';
import { z } from 'zod';
import { QUALITY_CHECK_LABELS, QUALITY_CHECKS } from '../../features/data-quality/data-quality-checks.js';
import {
  buildDataQualityReport,
  type DataQualityReport,
} from '../../features/data-quality/data-quality.service.js';
import { withDatabase } from '../context.js';
import { yearOption } from '../options.js';

const optionsSchema = z.object({
  instansi: z.string({ message: 'Sebutkan --instansi <kode>.' }).min(1),
  periode: yearOption,
  rinci: z.boolean().optional(),
  json: z.boolean().optional(),
});

/** `talenta kualitas-data`: who cannot be mapped for a year and why, per unit. */
export function registerDataQuality(program: Command): void {
  program
    .command('kualitas-data')
    .description('Laporan kualitas data per unit: siapa yang belum bisa dipetakan dan mengapa')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .requiredOption('--periode <tahun>', 'tahun pemetaan (tanggal acuan 31 Desember)')
    .option('--rinci', 'sertakan daftar pegawai yang bermasalah')
    .option('--json', 'keluaran JSON')
    .action(async (raw: Record<string, unknown>, command: Command) => {
      const o = optionsSchema.parse(raw);
      await withDatabase(command, async (database) => {
        const report = await buildDataQualityReport(database.db, {
          instansiKode: o.instansi,
          periode: o.periode,
          detail: o.rinci,
        });
        if (o.json) console.log(JSON.stringify(report, null, 2));
        else printReport(report);
      });
    });
}

function printReport(r: DataQualityReport): void {
  const t = r.total;
  console.log(
    `Kualitas data ${r.instansi.nama} (${r.instansi.kode}) untuk pemetaan ${r.periode} (tanggal acuan ${r.tanggalAcuan}; ` +
      `asesmen berlaku ${r.aturan.masaBerlakuAsesmenTahun} tahun)`,
  );
  console.log(
    `${t.pegawaiAktif} ASN aktif (${t.tidakAktif} tidak aktif, tidak diperiksa); ${t.tidakDapatDipetakan} belum bisa dipetakan.`,
  );
  for (const c of QUALITY_CHECKS)
    if (t.perMasalah[c] > 0) console.log(`  ${QUALITY_CHECK_LABELS[c]}: ${t.perMasalah[c]}`);
  if (r.unit.length > 0) {
    console.table(
      r.unit.map((u) => ({
        unit: u.nama,
        aktif: u.pegawaiAktif,
        'tak terpetakan': u.tidakDapatDipetakan,
        ...Object.fromEntries(QUALITY_CHECKS.map((c) => [c, u.perMasalah[c]])),
      })),
    );
  }
  for (const p of r.pegawai ?? [])
    console.log(
      `${p.nip} ${p.nama}${p.dapatDipetakan ? '' : ' [tidak dapat dipetakan]'}: ${p.masalah.join(', ')}`,
    );
}
