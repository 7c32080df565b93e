import { z } from 'zod';
import { JENJANG_LABELS } from '../../../domain/codes.js';
import { COMPETENCY_KEYS, type CompetencyKey } from '../../../domain/competency.js';
import { KEY_POSITION_LEVEL_NAMES, canBeKeyPosition } from '../../../domain/succession/key-position.js';
import { addIssue, decimal, eselon, jenjang, nipDigits, opt, quote, req, text, yesNo } from '../fields.js';
import type { ColumnDef } from '../headers.js';
import type { FieldIssue } from '../import-types.js';
import { normalizeEducation, normalizePnsRank } from '../normalize.js';

/** `jabatan` — positions, import-format.md §2. Key: kode. */
export const JABATAN_COLUMNS: readonly ColumnDef[] = [
  { name: 'kode', required: true, aliases: ['kodeJabatan'] },
  { name: 'nama', required: true, aliases: ['namaJabatan'] },
  { name: 'unorId', required: true },
  { name: 'jenjang', required: true },
  { name: 'eselon' },
  { name: 'pangkatMinimal' },
  { name: 'pendidikanMinimal' },
  ...COMPETENCY_KEYS.map((name) => ({ name })),
  { name: 'jabatanKunci' },
  { name: 'alasanKritikal' },
  { name: 'nipPemangku' },
];

const level = opt(decimal(1, 5));
const levels = Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, level])) as Record<
  CompetencyKey,
  typeof level
>;

/**
 * The 9 standard levels are all given (the position's own standard) or none (the job level's default
 * applies and null is stored, rules.md §2); some but not all is an error. Only a structural position may be
 * marked key (`canBeKeyPosition`, rules.md §6), as in the web register.
 */
export const jabatanSchema = z
  .object({
    kode: req(text),
    nama: req(text),
    unorId: req(text),
    jenjang: req(jenjang),
    eselon: opt(eselon),
    pangkatMinimal: opt(text),
    pendidikanMinimal: opt(text),
    ...levels,
    jabatanKunci: opt(yesNo),
    alasanKritikal: opt(text),
    nipPemangku: opt(nipDigits),
  })
  .transform((r, ctx) => {
    const given = COMPETENCY_KEYS.filter((k) => r[k] !== null);
    const missing = COMPETENCY_KEYS.filter((k) => r[k] === null);
    if (given.length > 0 && missing.length > 0) {
      addIssue(ctx, {
        column: missing[0] ?? null,
        code: 'STANDAR_KOMPETENSI_TIDAK_LENGKAP',
        message: `kosong, padahal standar kompetensi lain diisi. Isi kesembilan standar (kosong: ${missing.join(', ')}), atau kosongkan semuanya agar dipakai standar bawaan jenjang.`,
      });
    }
    if (r.jabatanKunci === true && !canBeKeyPosition(r.jenjang)) {
      addIssue(ctx, {
        column: 'jabatanKunci',
        code: 'JABATAN_KUNCI_BUKAN_STRUKTURAL',
        message: `"ya", padahal jenjang ${JENJANG_LABELS[r.jenjang]} tidak dapat menjadi jabatan kunci: hanya jabatan struktural (${KEY_POSITION_LEVEL_NAMES}). Isi "tidak", atau perbaiki jenjang.`,
      });
    }
    const minGolongan = r.pangkatMinimal === null ? null : normalizePnsRank(r.pangkatMinimal);
    if (r.pangkatMinimal !== null && minGolongan === null) {
      addIssue(ctx, {
        column: 'pangkatMinimal',
        code: 'GOLONGAN_TIDAK_DIKENALI',
        message: `${quote(r.pangkatMinimal)} bukan golongan ruang PNS. Tulis seperti III/d (I/a sampai IV/e).`,
      });
    }
    const minPendidikan = r.pendidikanMinimal === null ? null : normalizeEducation(r.pendidikanMinimal);
    if (r.pendidikanMinimal !== null && minPendidikan === null) {
      addIssue(ctx, {
        column: 'pendidikanMinimal',
        code: 'PENDIDIKAN_TIDAK_DIKENALI',
        message: `${quote(r.pendidikanMinimal)} bukan tingkat pendidikan yang dikenali. Isi SD, SMP, SMA, D1, D2, D3, D4, S1, S2, atau S3 (juga S-1/Sarjana, D-III, SLTA).`,
      });
    }
    const standard = missing.length === 0 ? Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, r[k]])) : null;
    return {
      kode: r.kode,
      nama: r.nama,
      unorId: r.unorId,
      jenjang: r.jenjang,
      eselon: r.eselon,
      minGolongan,
      minPendidikan,
      standarKompetensi: standard as Record<CompetencyKey, number> | null,
      isKey: r.jabatanKunci ?? false,
      alasanKritikal: r.alasanKritikal,
      nipPemangku: r.nipPemangku,
      warnings: [] as FieldIssue[],
    };
  });

export type JabatanRow = z.output<typeof jabatanSchema>;
