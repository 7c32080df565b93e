import { z } from 'zod';
import { POTENTIAL_DIMENSION_KEYS, type PotentialDimensionKey } from '../../../domain/potential.js';
import { addIssue, date, decimal, nipDigits, opt, req, text } from '../fields.js';
import type { ColumnDef } from '../headers.js';
import type { FieldIssue } from '../import-types.js';

/** `potensi` — potential assessment, import-format.md §2. Key: nipBaru, tanggal. */
export const POTENSI_COLUMNS: readonly ColumnDef[] = [
  { name: 'nipBaru', required: true, aliases: ['nip'] },
  { name: 'tanggal', required: true },
  { name: 'lembaga' },
  { name: 'total' },
  ...POTENTIAL_DIMENSION_KEYS.map((name) => ({ name })),
];

const dimension = opt(decimal(1, 5));
const dimensions = Object.fromEntries(POTENTIAL_DIMENSION_KEYS.map((k) => [k, dimension])) as Record<
  PotentialDimensionKey,
  typeof dimension
>;

/** Either `total` (0–100) or the 8 dimensions (1–5); fewer than 8 dimensions without a total is a warning. */
export const potensiSchema = z
  .object({
    nipBaru: req(nipDigits),
    tanggal: req(date),
    lembaga: opt(text),
    total: opt(decimal(0, 100)),
    ...dimensions,
  })
  .transform(({ nipBaru, ...r }, ctx) => {
    const given = POTENTIAL_DIMENSION_KEYS.filter((k) => r[k] !== null);
    const warnings: FieldIssue[] = [];
    if (r.total === null && given.length === 0) {
      addIssue(ctx, {
        column: 'total',
        code: 'NILAI_POTENSI_TIDAK_ADA',
        message: 'kosong, dan kedelapan dimensi juga kosong. Isi total (0–100) atau nilai dimensi (1–5).',
      });
      return z.NEVER;
    }
    if (r.total === null && given.length < POTENTIAL_DIMENSION_KEYS.length) {
      const missing = POTENTIAL_DIMENSION_KEYS.filter((k) => r[k] === null);
      warnings.push({
        column: missing[0] ?? null,
        code: 'ASESMEN_POTENSI_DIMENSI_TIDAK_LENGKAP',
        message: `dimensi ${missing.join(', ')} kosong dan total tidak diisi; nilai potensi dihitung dari ${given.length} dimensi yang ada.`,
      });
    }
    return { ...r, nip: nipBaru, warnings };
  });

export type PotensiRow = z.output<typeof potensiSchema>;
