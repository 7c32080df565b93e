import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, withQuery } from '../../lib/api-client.js';
import type { Jenjang } from '../../lib/jenjang.js';

// Schemas of docs/API.md ("9-box and movement"), as these pages read them.

const base = (kode: string) => `/api/instansi/${encodeURIComponent(kode)}/pemetaan`;
const num = z.number().nullable();

const nineBoxSchema = z.object({
  runId: z.string(),
  periode: z.number().int(),
  publishedAt: z.string().nullable(),
  total: z.number().int(),
  dipetakan: z.number().int(),
  tidakDipetakan: z.number().int(),
  kotak: z.array(
    z.object({
      kotak: z.number().int().min(1).max(9),
      nama: z.string(),
      rekomendasi: z.string(),
      jumlah: z.number().int(),
      persen: z.number(),
    }),
  ),
  alasanTidakDipetakan: z.record(z.string(), z.number()),
});
export type NineBox = z.infer<typeof nineBoxSchema>;

export type BoxFilter = { periode?: number; unit?: string; jenjang?: Jenjang };

export const nineBoxQuery = (kode: string, f: BoxFilter) =>
  queryOptions({
    queryKey: ['nine-box', kode, f.periode, f.unit, f.jenjang],
    queryFn: () => apiGet(withQuery(`${base(kode)}/kotak`, f), nineBoxSchema),
  });

const personSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  jabatan: z.string(),
  jenjang: z.string(),
  unit: z.object({ id: z.string(), nama: z.string() }).nullable(),
  kotak: z.number().int().nullable(),
  nilaiKinerja: num,
  nilaiPotensial: num,
});
export type BoxPerson = z.infer<typeof personSchema>;
const boxPeopleSchema = z.object({
  items: z.array(personSchema),
  halaman: z.number().int(),
  ukuran: z.number().int(),
  total: z.number().int(),
});
export const BOX_PAGE = 20;

export const boxPeopleQuery = (kode: string, kotak: number, f: BoxFilter & { halaman?: number }) =>
  queryOptions({
    queryKey: ['box-people', kode, kotak, f.periode, f.unit, f.jenjang, f.halaman],
    queryFn: () =>
      apiGet(withQuery(`${base(kode)}/kotak/${kotak}/pegawai`, { ...f, ukuran: BOX_PAGE }), boxPeopleSchema),
  });

const runsSchema = z.object({
  items: z.array(z.object({ id: z.string(), periode: z.number().int(), status: z.string() })),
});

/** The years with a mapping run, newest first. */
export const runYearsQuery = (kode: string) =>
  queryOptions({
    queryKey: ['run-years', kode],
    queryFn: async () => {
      const { items } = await apiGet(base(kode), runsSchema);
      return [...new Set(items.map((r) => r.periode))].sort((a, b) => b - a);
    },
  });

const unitsSchema = z.object({
  items: z.array(z.object({ id: z.string(), nama: z.string(), indukId: z.string().nullable() })),
});
export type Unit = z.infer<typeof unitsSchema>['items'][number];

/** Units for the filter (policy employees.read: the Auditor gets 403, and then has no unit filter). */
export const unitsQuery = (kode: string) =>
  queryOptions({
    queryKey: ['units', kode],
    queryFn: () => apiGet(`/api/instansi/${encodeURIComponent(kode)}/unit`, unitsSchema),
    staleTime: 5 * 60_000,
    retry: false,
  });

const row = z.record(z.string(), z.number().int());
const movementSchema = z.object({
  from: z.object({ periode: z.number().int() }),
  to: z.object({ periode: z.number().int() }),
  matrix: z.record(z.string(), row),
  up: z.number().int(),
  down: z.number().int(),
  same: z.number().int(),
  movers: z.array(
    z.object({
      nip: z.string(),
      nama: z.string(),
      fromBox: z.number().int(),
      toBox: z.number().int(),
      direction: z.enum(['NAIK', 'TURUN']),
    }),
  ),
});
export type Movement = z.infer<typeof movementSchema>;
export type MovementFilter = {
  dari: number;
  ke: number;
  unit?: string;
  dariKotak?: number;
  keKotak?: number;
};

/** The two years compared: the URL's, else the latest run's year and the one before it. */
export function movementYears(years: readonly number[], s: { dari?: number; ke?: number }) {
  const ke = s.ke ?? years[0] ?? new Date().getFullYear() - 1;
  const dari = s.dari ?? years.find((y) => y < ke) ?? ke;
  return { dari, ke };
}

export const movementQuery = (kode: string, f: MovementFilter) =>
  queryOptions({
    queryKey: ['movement', kode, f],
    queryFn: () => apiGet(withQuery(`${base(kode)}/pergerakan`, f), movementSchema),
  });

/** The mapping downloads (policy mapping.export). */
export const exportUrl = (kode: string, periode: number, format: string) =>
  withQuery(`${base(kode)}/ekspor`, { periode, format });
