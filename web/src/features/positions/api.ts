import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, withQuery } from '../../lib/api-client.js';
import type { Jenjang } from '../../lib/jenjang.js';

// Schemas of docs/API.md ("Positions and key positions"; src/features/positions/positions.schemas.ts), as
// these pages read them.

const str = z.string().nullable();

const positionItem = z.object({
  kode: z.string(),
  nama: z.string(),
  jenjang: z.string(),
  eselon: str,
  unorNama: z.string(),
  minGolongan: str,
  minPendidikan: str,
  kunci: z.boolean(),
  alasanKritikal: str,
  dapatDitetapkanKunci: z.boolean(),
  pemangku: z.object({ nipBaru: z.string(), nama: z.string() }).nullable(),
  diperbarui: z.string(),
});
export type PositionItem = z.infer<typeof positionItem>;

const positionPageSchema = z.object({
  items: z.array(positionItem),
  halaman: z.number().int(),
  ukuran: z.number().int(),
  total: z.number().int(),
});

/** The register's filters, as the URL carries them (`/i/$kode/jabatan?cari=&jenjang=&kunci=&unit=&halaman=`). */
export type PositionFilter = {
  cari?: string;
  jenjang?: Jenjang;
  kunci?: boolean;
  unit?: string;
  halaman?: number;
};
export const PAGE_SIZE = 25;

const base = (kode: string) => `/api/instansi/${encodeURIComponent(kode)}`;

/** GET …/jabatan */
export const positionsQuery = (kode: string, f: PositionFilter) =>
  queryOptions({
    queryKey: ['positions', kode, 'list', f],
    queryFn: () =>
      apiGet(
        withQuery(`${base(kode)}/jabatan`, {
          ...f,
          kunci: f.kunci === undefined ? undefined : String(f.kunci),
          ukuran: PAGE_SIZE,
        }),
        positionPageSchema,
      ),
  });

const unitsSchema = z.object({
  items: z.array(z.object({ id: z.string(), nama: z.string(), indukId: str })),
});
export type Unit = z.infer<typeof unitsSchema>['items'][number];

/** GET …/unit: the unit tree for the filter (every role that reads positions reads it). */
export const unitsQuery = (kode: string) =>
  queryOptions({
    queryKey: ['positions', kode, 'units'],
    queryFn: () => apiGet(`${base(kode)}/unit`, unitsSchema),
    staleTime: 5 * 60_000,
  });

const keyStatusAnswer = z.object({
  jabatan: positionItem,
  slates: z
    .union([z.object({ runId: z.string(), seconds: z.number() }), z.object({ error: z.string() })])
    .nullable(),
});
export type KeyStatusAnswer = z.infer<typeof keyStatusAnswer>;

/**
 * PUT …/jabatan/:jabatan/kunci (Admin Instansi). Refreshes the register and the succession pages, whose
 * key-position list, bench strength and slates change with the key set (their query keys start with
 * `['suksesi', kode]`, web/src/features/succession/api.ts).
 */
export function useSetKeyStatus(kode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { jabatan: string; kunci: boolean; alasan: string }) =>
      apiSend('PUT', `${base(kode)}/jabatan/${encodeURIComponent(input.jabatan)}/kunci`, keyStatusAnswer, {
        kunci: input.kunci,
        alasan: input.alasan,
      }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['positions', kode, 'list'] }),
        client.invalidateQueries({ queryKey: ['suksesi', kode] }),
      ]),
  });
}
