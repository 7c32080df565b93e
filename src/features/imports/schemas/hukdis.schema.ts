import { z } from 'zod';
import { checkOrder } from '../cross-checks.js';
import { date, nipDigits, opt, req, severity, text } from '../fields.js';
import type { ColumnDef } from '../headers.js';
import type { FieldIssue } from '../import-types.js';

/** `hukdis` (SIASN rw-hukdis), import-format.md §2. Key: nipBaru and nomorSk, or tanggalSk without one. */
export const HUKDIS_COLUMNS: readonly ColumnDef[] = [
  { name: 'nipBaru', required: true, aliases: ['nip'] },
  { name: 'tingkat', required: true, aliases: ['tingkatHukuman'] },
  { name: 'jenis', aliases: ['jenisHukuman'] },
  { name: 'nomorSk', aliases: ['skNomor'] },
  { name: 'tanggalSk', required: true, aliases: ['skTanggal'] },
  { name: 'tmtMulai' },
  { name: 'tmtSelesai' },
];

export const hukdisSchema = z
  .object({
    nipBaru: req(nipDigits),
    tingkat: req(severity),
    jenis: opt(text),
    nomorSk: opt(text),
    tanggalSk: req(date),
    tmtMulai: opt(date),
    tmtSelesai: opt(date),
  })
  .transform(({ nipBaru, ...r }, ctx) => {
    checkOrder(ctx, r.tmtMulai, r.tmtSelesai, { start: 'tmtMulai', end: 'tmtSelesai' });
    return { ...r, nip: nipBaru, kunci: r.nomorSk ?? r.tanggalSk, warnings: [] as FieldIssue[] };
  });

export type HukdisRow = z.output<typeof hukdisSchema>;
