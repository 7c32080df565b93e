import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, withQuery } from '../../lib/api-client.js';

// Schemas of src/features/dashboard/dashboard.schemas.ts and data-quality, as this page reads them.

const count = z.number().int().min(0);
/** Counts per box, index 0 = kotak 1. */
const perKotak = z.array(count).length(9);
const runStatus = z.enum(['DRAFT', 'PUBLISHED', 'SUPERSEDED']);

const provinceSummarySchema = z.object({
  items: z.array(
    z.object({
      kode: z.string(),
      nama: z.string(),
      jenis: z.string(),
      indukKode: z.string().nullable(),
      jumlahPegawai: count,
      pemetaan: z
        .object({ periode: z.number().int(), status: runStatus, dinilai: count, dipetakan: count, perKotak })
        .nullable(),
      kandidatKelompokTalenta: count.nullable(),
    }),
  ),
});
export type ProvinceSummary = z.infer<typeof provinceSummarySchema>;

const runSchema = z.object({
  id: z.string(),
  periode: z.number().int(),
  status: runStatus,
  ruleSetHash: z.string(),
  aturan: z.string().nullable(),
  mulai: z.string(),
  selesai: z.string().nullable(),
  terbit: z.string().nullable(),
});
export type Run = z.infer<typeof runSchema>;

const instansiSummarySchema = z.object({
  instansi: z.object({ kode: z.string(), nama: z.string(), jenis: z.string() }),
  pemetaan: runSchema.nullable(),
  terakhir: runSchema.nullable(),
  total: z.object({ dinilai: count, dipetakan: count, tidakDipetakan: count, perKotak }),
  unit: z.array(
    z.object({
      unorId: z.string().nullable(),
      nama: z.string().nullable(),
      dinilai: count,
      tidakDipetakan: count,
      perKotak,
    }),
  ),
});
export type InstansiSummary = z.infer<typeof instansiSummarySchema>;

export const QUALITY_CHECKS = [
  'SKP_TAHUN_BERJALAN_TIDAK_ADA',
  'ASESMEN_KOMPETENSI_TIDAK_ADA',
  'ASESMEN_KOMPETENSI_KEDALUWARSA',
  'ASESMEN_POTENSI_TIDAK_ADA',
  'ASESMEN_POTENSI_KEDALUWARSA',
  'PENDIDIKAN_TIDAK_DIKETAHUI',
  'NIP_TIDAK_SESUAI_TGL_LAHIR',
  'NIP_TIDAK_SESUAI_JENIS_KELAMIN',
  'PREDIKAT_TIDAK_SESUAI_RATING',
] as const;

const qualitySchema = z.object({
  periode: z.number().int(),
  tanggalAcuan: z.string(),
  total: z.object({
    pegawaiAktif: count,
    tidakAktif: count,
    tidakDapatDipetakan: count,
    // Unknown checks (a newer server) are ignored rather than failing the page.
    perMasalah: z.record(z.string(), count),
  }),
});
export type QualitySummary = z.infer<typeof qualitySchema>;

/** GET /api/provinsi/ringkasan */
export const provinceSummaryQuery = () =>
  queryOptions({
    queryKey: ['dashboard', 'provinsi'],
    queryFn: () => apiGet('/api/provinsi/ringkasan', provinceSummarySchema),
  });

/** GET /api/instansi/:kode/ringkasan */
export const instansiSummaryQuery = (kode: string) =>
  queryOptions({
    queryKey: ['dashboard', 'instansi', kode],
    queryFn: () => apiGet(`/api/instansi/${encodeURIComponent(kode)}/ringkasan`, instansiSummarySchema),
  });

/** GET /api/instansi/:kode/kualitas-data?periode= (totals only) */
export const qualitySummaryQuery = (kode: string, periode: number) =>
  queryOptions({
    queryKey: ['dashboard', 'kualitas-data', kode, periode],
    queryFn: () =>
      apiGet(
        withQuery(`/api/instansi/${encodeURIComponent(kode)}/kualitas-data`, { periode }),
        qualitySchema,
      ),
  });
