import { z } from 'zod';

const count = z.number().int().min(0);
/** Counts per box, index 0 = kotak 1 … index 8 = kotak 9 (PermenPANRB 3/2020 9-box). */
export const perKotakSchema = z.array(count).length(9);

const runStatus = z.enum(['DRAFT', 'PUBLISHED', 'SUPERSEDED']);

/** One government on the province dashboard: size, the mapping it shows, and its talent pool. */
export const provinceRowSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  indukKode: z.string().nullable(),
  jumlahPegawai: count,
  /** The latest published run, else the latest run; null when the instansi has never been mapped. */
  pemetaan: z
    .object({
      periode: z.number().int(),
      status: runStatus,
      /** Active employees the run considered (rules.md §2). */
      dinilai: count,
      dipetakan: count,
      perKotak: perKotakSchema,
    })
    .nullable(),
  /**
   * Boxes 7–9 of the published mapping: the candidates a talent pool is proposed from (PermenPANRB 3/2020),
   * not a pool the committee confirmed. Null when the shown run is not published.
   */
  kandidatKelompokTalenta: count.nullable(),
});
export type ProvinceRow = z.infer<typeof provinceRowSchema>;

export const provinceSummarySchema = z.object({ items: z.array(provinceRowSchema) });
export type ProvinceSummary = z.infer<typeof provinceSummarySchema>;

const runSchema = z.object({
  id: z.string(),
  periode: z.number().int(),
  status: runStatus,
  ruleSetHash: z.string(),
  /** `kode@versi` of the rule set, when the version is still there. */
  aturan: z.string().nullable(),
  mulai: z.string(),
  selesai: z.string().nullable(),
  terbit: z.string().nullable(),
});

export const unitRowSchema = z.object({
  /** Null: people outside every top-level unit (no unit, or on the government's root unit). */
  unorId: z.string().nullable(),
  nama: z.string().nullable(),
  dinilai: count,
  tidakDipetakan: count,
  perKotak: perKotakSchema,
});

/** The instansi dashboard, within the actor's reach (a unit head: their subtree). */
export const instansiSummarySchema = z.object({
  instansi: z.object({ kode: z.string(), nama: z.string(), jenis: z.string() }),
  /** The run shown (latest published, else latest) and the latest run of any status. */
  pemetaan: runSchema.nullable(),
  terakhir: runSchema.nullable(),
  total: z.object({ dinilai: count, dipetakan: count, tidakDipetakan: count, perKotak: perKotakSchema }),
  unit: z.array(unitRowSchema),
});
export type InstansiSummary = z.infer<typeof instansiSummarySchema>;

/** `GET /api/saya`: the employee record of the signed-in account (Pegawai), else null. */
export const ownEmployeeSchema = z.object({
  pegawai: z.object({ nip: z.string(), nama: z.string(), instansiKode: z.string() }).nullable(),
});
