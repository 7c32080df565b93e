import { z } from 'zod';
import { COMPETENCY_KEYS, type CompetencyKey } from '../../../domain/competency.js';
import { date, decimal, nipDigits, opt, req, text } from '../fields.js';
import type { ColumnDef } from '../headers.js';
import type { FieldIssue } from '../import-types.js';

/** `kompetensi` — competency assessment, import-format.md §2. Key: nipBaru, tanggal. */
export const KOMPETENSI_COLUMNS: readonly ColumnDef[] = [
  { name: 'nipBaru', required: true, aliases: ['nip'] },
  { name: 'tanggal', required: true },
  { name: 'lembaga' },
  ...COMPETENCY_KEYS.map((name) => ({ name, required: true })),
  { name: 'jpm' },
];

const level = req(decimal(1, 5));
const levels = Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, level])) as Record<
  CompetencyKey,
  typeof level
>;

export const kompetensiSchema = z
  .object({
    nipBaru: req(nipDigits),
    tanggal: req(date),
    lembaga: opt(text),
    ...levels,
    jpm: opt(decimal(0, 1000)),
  })
  .transform(({ nipBaru, ...r }) => ({ ...r, nip: nipBaru, warnings: [] as FieldIssue[] }));

export type KompetensiRow = z.output<typeof kompetensiSchema>;
