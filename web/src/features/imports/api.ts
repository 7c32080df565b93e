import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, apiUpload, withQuery } from '../../lib/api-client.js';

/** The kinds of import-format.md §2, in the order they are best imported. */
export const IMPORT_KINDS = [
  'unor',
  'pegawai',
  'riwayat-jabatan',
  'jabatan',
  'skp',
  'kompetensi',
  'potensi',
  'hukdis',
  'diklat',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = [
  'MENUNGGU',
  'MEMVALIDASI',
  'TERVALIDASI',
  'MENERAPKAN',
  'DITERAPKAN',
  'GAGAL',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A job of the import runs (or waits to run): the page polls its status until it is done. */
export const isRunning = (status: ImportStatus) =>
  status === 'MENUNGGU' || status === 'MEMVALIDASI' || status === 'MENERAPKAN';

const countsSchema = z.object({
  format: z.string().nullable(),
  deskripsi: z.string().nullable(),
  barisDibaca: z.number().int(),
  valid: z.number().int(),
  tidakValid: z.number().int(),
  peringatan: z.number().int(),
  baru: z.number().int(),
  diperbarui: z.number().int(),
  tidakBerubah: z.number().int(),
  /** The rows were written (the commit's counts), false for a validation. */
  disimpan: z.boolean().nullable(),
  catatan: z.array(z.string()),
});
export type ImportCounts = z.infer<typeof countsSchema>;

/** One import as src/features/imports/web/import.present.ts presents it. */
const importSchema = z.object({
  id: z.string(),
  jenis: z.enum(IMPORT_KINDS),
  namaBerkas: z.string(),
  ukuran: z.number(),
  status: z.enum(IMPORT_STATUSES),
  tahap: z.enum(['validasi', 'penerapan']),
  persen: z.number(),
  barisDibaca: z.number().int(),
  oleh: z.string(),
  dibuat: z.string(),
  diperbarui: z.string(),
  lewatiTidakValid: z.boolean().nullable(),
  validasi: countsSchema.nullable(),
  hasil: countsSchema.nullable(),
  kesalahan: z.string().nullable(),
  adaBerkasKesalahan: z.boolean(),
});
export type ImportView = z.infer<typeof importSchema>;

const recentSchema = z.object({ items: z.array(importSchema) });

const issuesSchema = z.object({
  items: z.array(
    z.object({
      baris: z.number().int().nullable(),
      tingkat: z.enum(['KESALAHAN', 'PERINGATAN']),
      kolom: z.string().nullable(),
      nilai: z.string().nullable(),
      kode: z.string(),
      pesan: z.string(),
    }),
  ),
  halaman: z.number().int(),
  ukuran: z.number().int(),
  total: z.number().int(),
});
export type ImportIssues = z.infer<typeof issuesSchema>;

export const ISSUES_PAGE_SIZE = 50;
/** How often a running import's status is asked for. */
const POLL_MS = 1000;

const base = (kode: string) => `/api/instansi/${encodeURIComponent(kode)}/impor`;

/** GET …/impor: the recent imports of the instansi, newest first (refreshed while one runs). */
export const recentImportsQuery = (kode: string) =>
  queryOptions({
    queryKey: ['imports', kode, 'recent'],
    queryFn: () => apiGet(withQuery(base(kode), { batas: 20 }), recentSchema),
    refetchInterval: (q) => (q.state.data?.items.some((i) => isRunning(i.status)) ? POLL_MS * 2 : false),
  });

/** GET …/impor/:id: status, progress and counts; polled while its job runs. */
export const importQuery = (kode: string, id: string) =>
  queryOptions({
    queryKey: ['imports', kode, 'one', id],
    queryFn: () => apiGet(`${base(kode)}/${encodeURIComponent(id)}`, importSchema),
    refetchInterval: (q) => (q.state.data && !isRunning(q.state.data.status) ? false : POLL_MS),
  });

/** GET …/impor/:id/baris?halaman: one page of the per-row problems the validation found. */
export const importIssuesQuery = (kode: string, id: string, halaman: number) =>
  queryOptions({
    queryKey: ['imports', kode, 'issues', id, halaman],
    queryFn: () =>
      apiGet(
        withQuery(`${base(kode)}/${encodeURIComponent(id)}/baris`, { halaman, ukuran: ISSUES_PAGE_SIZE }),
        issuesSchema,
      ),
  });

/** POST …/impor/:jenis (multipart field "berkas"): queues the validation job. */
export function uploadImport(kode: string, jenis: ImportKind, file: File) {
  const form = new FormData();
  form.append('berkas', file, file.name);
  return apiUpload(`${base(kode)}/${jenis}`, importSchema, form);
}

/** POST …/impor/:id/terapkan: queues the (atomic, unless skipping invalid rows) commit job. */
export const commitImport = (kode: string, id: string, lewatiTidakValid: boolean) =>
  apiSend('POST', `${base(kode)}/${encodeURIComponent(id)}/terapkan`, importSchema, { lewatiTidakValid });

/** Where the error file (the original rows plus an error column) is downloaded from. */
export const errorFileUrl = (kode: string, id: string) =>
  `${base(kode)}/${encodeURIComponent(id)}/berkas-kesalahan`;

/** The default upload limit (TALENTA_UPLOAD_MAX_MB); the server's own message names the configured one. */
export const DEFAULT_MAX_MB = 50;
