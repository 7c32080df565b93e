import { z } from 'zod';
import { PREDIKAT_LABELS } from '../../../domain/codes.js';
import { resolvePredikat } from '../../../domain/predikat.js';
import { nipDigits, opt, predikat, rating, req, year } from '../fields.js';
import type { ColumnDef } from '../headers.js';
import type { FieldIssue } from '../import-types.js';

/** `skp` (SIASN rw-skp22), import-format.md §2. Key: nipBaru, tahun. */
export const SKP_COLUMNS: readonly ColumnDef[] = [
  { name: 'nipBaru', required: true, aliases: ['nip'] },
  { name: 'tahun', required: true },
  { name: 'hasilKinerja', required: true },
  { name: 'perilakuKerja', required: true },
  { name: 'kuadranKinerja', aliases: ['predikat', 'predikatKinerja'] },
];

/**
 * The predikat is `kuadranKinerja` when given — kept even when it disagrees with the ratings, with a
 * warning — else derived from the two ratings (rules.md §1.1).
 */
export const skpSchema = z
  .object({
    nipBaru: req(nipDigits),
    tahun: req(year),
    hasilKinerja: req(rating),
    perilakuKerja: req(rating),
    kuadranKinerja: opt(predikat),
  })
  .transform((r) => {
    const resolved = resolvePredikat({
      resultRating: r.hasilKinerja,
      behaviourRating: r.perilakuKerja,
      predikat: r.kuadranKinerja,
    });
    const warnings: FieldIssue[] = [];
    if (resolved.warning && r.kuadranKinerja !== null) {
      const matrix = resolvePredikat({
        resultRating: r.hasilKinerja,
        behaviourRating: r.perilakuKerja,
        predikat: null,
      });
      warnings.push({
        column: 'kuadranKinerja',
        code: resolved.warning,
        message: `"${PREDIKAT_LABELS[r.kuadranKinerja]}" tidak sesuai dengan matriks rating (${PREDIKAT_LABELS[matrix.predikat]} menurut hasilKinerja dan perilakuKerja); predikat resmi tetap dipakai.`,
      });
    }
    return {
      nip: r.nipBaru,
      tahun: r.tahun,
      hasilKerja: r.hasilKinerja,
      perilakuKerja: r.perilakuKerja,
      predikat: resolved.predikat,
      predikatDerived: resolved.derived ? 1 : 0,
      warnings,
    };
  });

export type SkpRow = z.output<typeof skpSchema>;
