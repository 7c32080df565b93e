import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, withQuery } from '../../lib/api-client.js';

// Schemas of src/features/succession (succession-query.service.ts, talent-pool.service.ts), as these pages
// read them.

const count = z.number().int().min(0);
const score = z.number();
const box = z.number().int().min(1).max(9);

/** rules.md §6 reason codes, in table order. Unknown codes from a newer server are shown as codes. */
export const INELIGIBILITY_REASONS = [
  'JENJANG_TIDAK_SESUAI',
  'PANGKAT_KURANG',
  'PENDIDIKAN_KURANG',
  'PENGALAMAN_KURANG',
  'HUKDIS',
  'MENJELANG_PENSIUN',
  'TIDAK_AKTIF',
  'PEMANGKU_JABATAN',
  'BUKAN_PNS',
  'BELUM_DIPETAKAN',
] as const;
export const READINESS = ['SIAP_SEKARANG', 'SIAP_1_2_TAHUN', 'SIAP_3_TAHUN_LEBIH'] as const;
export const POOL_LEVELS = ['JPT', 'ADMINISTRATOR', 'PENGAWAS'] as const;
export type PoolLevel = (typeof POOL_LEVELS)[number];
export const POOL_DECISIONS = ['KONFIRMASI', 'TAMBAH', 'KELUARKAN'] as const;
export type PoolDecision = (typeof POOL_DECISIONS)[number];

const readiness = z.enum(READINESS);
const person = z.object({ nipBaru: z.string(), nama: z.string().nullable() });
/** A person's government when not the page's instansi (provincial pool, rules.md §6); null = own. */
const otherInstansi = z.string().nullable().optional();
const jabatanRef = z.object({ kode: z.string(), nama: z.string(), jenjang: z.string() });

const keyPositionsSchema = z.object({
  periode: z.number().int(),
  dihitungPada: z.string(),
  items: z.array(
    z.object({
      kode: z.string(),
      nama: z.string(),
      jenjang: z.string(),
      unorNama: z.string().nullable(),
      alasanKritikal: z.string().nullable(),
      pemangku: person.nullable(),
      lowongan: z.object({
        jenis: z.enum(['KOSONG', 'PENSIUN', 'TIDAK_DIKETAHUI']).nullable(),
        tanggal: z.string().nullable(),
        bulanLagi: z.number().nullable(),
      }),
      risikoPensiun: z.boolean(),
      memenuhiSyarat: count,
      siapSekarang: count,
      tercakup: z.boolean(),
      suksesorDarurat: person.extend({ instansi: otherInstansi }).nullable(),
    }),
  ),
  /** The settings the current run used (rules.md §6 "configurable"). */
  pengaturan: z.object({ slateSize: count, coverageMinEligible: count }).optional(),
  /** The provincial pool the current run drew on (a province with the setting on), else null. */
  poolProvinsi: z
    .object({
      drawn: count,
      governments: z.array(
        z.object({ kode: z.string(), nama: z.string(), periode: z.number().int().nullable(), people: count }),
      ),
      notes: z.array(z.string()),
    })
    .nullable()
    .optional(),
});
export type KeyPositions = z.infer<typeof keyPositionsSchema>;

const benchSchema = z.object({
  periode: z.number().int(),
  kekuatan: z.object({
    keyPositions: count,
    covered: count,
    coveredPercent: z.number().nullable(),
    withEmergencySuccessor: count,
    withoutCandidates: count,
    meanEligible: z.number().nullable(),
    readyNowPerPosition: z.number().nullable(),
    distinctCandidates: count,
  }),
  lowonganPerTahun: z.array(z.object({ tahun: z.number().int(), jumlah: count })),
});
export type Bench = z.infer<typeof benchSchema>;

const slateSchema = z.object({
  periode: z.number().int(),
  jabatan: jabatanRef.extend({ unorNama: z.string().nullable() }),
  memenuhiSyarat: count,
  siapSekarang: count,
  tidakMemenuhiSyarat: count,
  tercakup: z.boolean(),
  jumlahPerAlasan: z.record(z.string(), count),
  dariPoolProvinsi: z.boolean().optional(),
  pengaturan: z.object({ slateSize: count, coverageMinEligible: count }).optional(),
  kandidat: z.array(
    z.object({
      peringkat: z.number().int(),
      nipBaru: z.string(),
      nama: z.string().nullable(),
      instansi: z.object({ kode: z.string(), nama: z.string().nullable() }).nullable().optional(),
      jabatanNama: z.string().nullable(),
      unorNama: z.string().nullable(),
      kotak: box,
      jpmTarget: score,
      nilaiPotensial: score,
      nilaiKinerja: score,
      kesiapan: readiness,
      suksesorDarurat: z.boolean(),
    }),
  ),
});
export type Slate = z.infer<typeof slateSchema>;

const eligibilitySchema = z.object({
  periode: z.number().int(),
  jabatan: jabatanRef,
  nipBaru: z.string(),
  instansi: otherInstansi,
  memenuhiSyarat: z.boolean(),
  alasan: z.array(z.object({ kode: z.string(), pesan: z.string() })),
  jpmTarget: score.nullable(),
  kesiapan: readiness.nullable(),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

const comparisonSchema = z.object({
  periode: z.number().int(),
  jabatan: jabatanRef,
  pegawai: z.array(
    z.object({
      nipBaru: z.string(),
      instansi: otherInstansi,
      jenjang: z.string(),
      golongan: z.string().nullable(),
      pendidikan: z.string().nullable(),
      kotak: box.nullable(),
      nilaiPotensial: score.nullable(),
      nilaiKinerja: score.nullable(),
      jpmTarget: score.nullable(),
      memenuhiSyarat: z.boolean(),
      alasan: z.array(z.string()),
      kesiapan: readiness.nullable(),
    }),
  ),
});
export type Comparison = z.infer<typeof comparisonSchema>;

const poolMember = z.object({
  kelompok: z.enum(POOL_LEVELS),
  nipBaru: z.string().nullable(),
  nama: z.string().nullable(),
  jabatanNama: z.string().nullable(),
  unorNama: z.string().nullable(),
  kotak: box.nullable(),
  diusulkan: z.boolean(),
  status: z.enum(['USULAN', 'DIKONFIRMASI', 'DITAMBAHKAN', 'DIKELUARKAN']),
  anggota: z.boolean(),
  tanggalPensiun: z.string().nullable(),
  menjelangPensiun: z.boolean(),
});
export type PoolMember = z.infer<typeof poolMember>;
const excludedPerson = z.object({
  nipBaru: z.string().nullable(),
  nama: z.string().nullable(),
  jabatanNama: z.string().nullable(),
  unorNama: z.string().nullable(),
  kotak: box.nullable(),
  alasan: z.array(z.object({ kode: z.string(), pesan: z.string() })),
});
export type ExcludedPerson = z.infer<typeof excludedPerson>;
const poolSchema = z.object({
  periode: z.number().int(),
  items: z.array(poolMember),
  /** Per level asked for: who the rule left out of boxes 7–9 (`items` capped by the server, `jumlah` whole). */
  dikecualikan: z.array(
    z.object({ kelompok: z.enum(POOL_LEVELS), jumlah: count, items: z.array(excludedPerson) }),
  ),
});
export type PoolExcluded = z.infer<typeof poolSchema>['dikecualikan'][number];

const decisionsSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      nipBaru: z.string(),
      nama: z.string().nullable(),
      kelompok: z.enum(POOL_LEVELS),
      keputusan: z.enum(POOL_DECISIONS),
      alasan: z.string().nullable(),
      oleh: z.string(),
      pada: z.string(),
    }),
  ),
});
export type Decisions = z.infer<typeof decisionsSchema>;

const provincialPoolSchema = z.object({
  items: z.array(
    z.object({
      instansi: z.string(),
      nama: z.string(),
      periode: z.number().int().nullable(),
      anggota: z.array(poolMember),
    }),
  ),
});
export type ProvincialPool = z.infer<typeof provincialPoolSchema>;

const base = (kode: string) => `/api/instansi/${encodeURIComponent(kode)}`;
const jabatanUrl = (kode: string, jabatan: string) =>
  `${base(kode)}/suksesi/jabatan-kunci/${encodeURIComponent(jabatan)}`;

/** GET …/suksesi/jabatan-kunci */
export const keyPositionsQuery = (kode: string) =>
  queryOptions({
    queryKey: ['suksesi', kode, 'jabatan-kunci'],
    queryFn: () => apiGet(`${base(kode)}/suksesi/jabatan-kunci`, keyPositionsSchema),
  });

/** GET …/suksesi/kekuatan */
export const benchQuery = (kode: string) =>
  queryOptions({
    queryKey: ['suksesi', kode, 'kekuatan'],
    queryFn: () => apiGet(`${base(kode)}/suksesi/kekuatan`, benchSchema),
  });

/** GET …/suksesi/jabatan-kunci/:jabatan */
export const slateQuery = (kode: string, jabatan: string) =>
  queryOptions({
    queryKey: ['suksesi', kode, 'slate', jabatan],
    queryFn: () => apiGet(jabatanUrl(kode, jabatan), slateSchema),
  });

/** GET …/suksesi/jabatan-kunci/:jabatan/syarat/:nip */
export const eligibilityQuery = (kode: string, jabatan: string, nip: string) =>
  queryOptions({
    queryKey: ['suksesi', kode, 'syarat', jabatan, nip],
    queryFn: () =>
      apiGet(`${jabatanUrl(kode, jabatan)}/syarat/${encodeURIComponent(nip)}`, eligibilitySchema),
    retry: false,
  });

/** GET …/suksesi/jabatan-kunci/:jabatan/bandingkan?nip=a,b */
export const comparisonQuery = (kode: string, jabatan: string, nips: readonly string[]) =>
  queryOptions({
    queryKey: ['suksesi', kode, 'bandingkan', jabatan, nips.join(',')],
    queryFn: () =>
      apiGet(withQuery(`${jabatanUrl(kode, jabatan)}/bandingkan`, { nip: nips.join(',') }), comparisonSchema),
    retry: false,
  });

/** GET …/kelompok-talenta?kelompok= */
export const poolQuery = (kode: string, kelompok: PoolLevel) =>
  queryOptions({
    queryKey: ['kelompok-talenta', kode, kelompok],
    queryFn: () => apiGet(withQuery(`${base(kode)}/kelompok-talenta`, { kelompok }), poolSchema),
  });

/** GET …/kelompok-talenta/keputusan */
export const decisionsQuery = (kode: string) =>
  queryOptions({
    queryKey: ['kelompok-talenta', kode, 'keputusan'],
    queryFn: () => apiGet(`${base(kode)}/kelompok-talenta/keputusan`, decisionsSchema),
  });

/** GET …/kelompok-talenta/provinsi (the account's province) */
export const provincialPoolQuery = (kode: string) =>
  queryOptions({
    queryKey: ['kelompok-talenta', kode, 'provinsi'],
    queryFn: () => apiGet(`${base(kode)}/kelompok-talenta/provinsi`, provincialPoolSchema),
  });

export type DecisionInput = { nip: string; kelompok: PoolLevel; keputusan: PoolDecision; alasan?: string };

/** POST …/kelompok-talenta/keputusan (Komite Talenta); refreshes the pool and the history. */
export function useDecide(kode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) =>
      apiSend(
        'POST',
        `${base(kode)}/kelompok-talenta/keputusan`,
        z.object({
          id: z.string(),
          kelompok: z.enum(POOL_LEVELS),
          keputusan: z.enum(POOL_DECISIONS),
          pada: z.string(),
        }),
        input,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['kelompok-talenta', kode] }),
  });
}

/** The settings an instansi may change (src/domain/succession/settings.ts), with rules.md §6 defaults. */
export const SETTING_KEYS = [
  'slateSize',
  'coverageMinEligible',
  'readyNowJpm',
  'readySoonJpm',
  'pppkForJpt',
  'jptFromProvincialPool',
] as const;
const settingValues = z.object({
  slateSize: z.number(),
  coverageMinEligible: z.number(),
  pppkForJpt: z.boolean(),
  readyNowJpm: z.number(),
  readySoonJpm: z.number(),
  jptFromProvincialPool: z.boolean(),
});
export type SettingValues = z.infer<typeof settingValues>;
const bound = z.object({ min: z.number(), max: z.number(), integer: z.boolean() });
const settingsSchema = z.object({
  instansi: z.object({ kode: z.string(), nama: z.string(), jenis: z.string() }),
  efektif: settingValues,
  tersimpan: settingValues.partial(),
  bawaan: settingValues,
  batas: z.object({ slateSize: bound, coverageMinEligible: bound, readyNowJpm: bound, readySoonJpm: bound }),
  poolProvinsiTersedia: z.boolean(),
  diubahPada: z.string().nullable(),
  diubahOleh: z.string().nullable(),
});
export type SuccessionSettings = z.infer<typeof settingsSchema>;
const configuredSchema = settingsSchema.extend({
  perhitungan: z.union([
    z.object({
      runId: z.string(),
      seconds: z.number(),
      keyPositions: count,
      covered: count,
      drawn: count.nullable(),
    }),
    z.object({ error: z.string() }),
  ]),
});
export type ConfiguredSettings = z.infer<typeof configuredSchema>;

/** GET …/suksesi/pengaturan */
export const settingsQuery = (kode: string) =>
  queryOptions({
    queryKey: ['suksesi', kode, 'pengaturan'],
    queryFn: () => apiGet(`${base(kode)}/suksesi/pengaturan`, settingsSchema),
  });

/** PUT …/suksesi/pengaturan (saves, then the server recomputes the slates); refreshes every succession read. */
export function useConfigure(kode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (values: Partial<SettingValues>) =>
      apiSend('PUT', `${base(kode)}/suksesi/pengaturan`, configuredSchema, values),
    onSuccess: (data) => {
      client.setQueryData(settingsQuery(kode).queryKey, data);
      return client.invalidateQueries({
        queryKey: ['suksesi', kode],
        predicate: (q) => q.queryKey[2] !== 'pengaturan',
      });
    },
  });
}
