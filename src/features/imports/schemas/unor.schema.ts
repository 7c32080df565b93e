import { z } from 'zod';
import { eselon, opt, req, text } from '../fields.js';
import type { ColumnDef } from '../headers.js';
import type { FieldIssue } from '../import-types.js';

/** `unor` — units (SIASN ref-unor), import-format.md §2. Key: id. */
export const UNOR_COLUMNS: readonly ColumnDef[] = [
  { name: 'id', required: true, aliases: ['unorId'] },
  { name: 'namaUnor', required: true, aliases: ['nama'] },
  { name: 'diatasanId' },
  { name: 'eselonId', aliases: ['eselon'] },
  { name: 'namaJabatan' },
];

export const unorSchema = z
  .object({
    id: req(text),
    namaUnor: req(text),
    diatasanId: opt(text),
    eselonId: opt(eselon),
    namaJabatan: opt(text),
  })
  .transform((r) => ({
    unorId: r.id,
    nama: r.namaUnor,
    // SIASN marks some top units as their own parent: that is a root, not a cycle.
    parentUnorId: r.diatasanId === r.id ? null : r.diatasanId,
    eselon: r.eselonId,
    namaJabatan: r.namaJabatan,
    warnings: [] as FieldIssue[],
  }));

export type UnorRow = z.output<typeof unorSchema>;
