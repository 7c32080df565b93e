import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, withQuery } from '../../lib/api-client.js';
import type { Jenjang } from '../../lib/jenjang.js';

// Schemas of docs/API.md ("Employees", src/features/employees/employees.schemas.ts), as these pages read them.

const str = z.string().nullable();
const num = z.number().nullable();

export const SORTS = ['nama', 'nip', 'jenjang', 'unit', 'kotak'] as const;

const employeeItem = z.object({
  nip: z.string(),
  nama: z.string(),
  gelarDepan: str,
  gelarBelakang: str,
  jenisPegawai: z.string(),
  golongan: str,
  jabatan: z.string(),
  jenjang: z.string(),
  unit: z.object({ id: z.string(), nama: z.string() }).nullable(),
  kotak: z.number().int().nullable(),
  statusPemetaan: z.enum(['DIPETAKAN', 'TIDAK_DIPETAKAN']).nullable(),
  nilaiKinerja: num,
  nilaiPotensial: num,
});
export type EmployeeItem = z.infer<typeof employeeItem>;

export const employeePageSchema = z.object({
  items: z.array(employeeItem),
  halaman: z.number().int(),
  ukuran: z.number().int(),
  total: z.number().int(),
  pemetaan: z.object({ runId: z.string(), periode: z.number().int() }).nullable(),
});
export type EmployeePage = z.infer<typeof employeePageSchema>;

/** The list's filters, as the URL carries them (`/i/$kode/pegawai?cari=&unit=&…`). */
export type ListFilter = {
  cari?: string;
  unit?: string;
  jenjang?: Jenjang;
  periode?: number;
  kotak?: number;
  halaman?: number;
  urut?: string;
};
export const PAGE_SIZE = 25;

export const employeeListQuery = (kode: string, f: ListFilter) =>
  queryOptions({
    queryKey: ['employees', kode, f],
    queryFn: () =>
      apiGet(
        withQuery(`/api/instansi/${encodeURIComponent(kode)}/pegawai`, { ...f, ukuran: PAGE_SIZE }),
        employeePageSchema,
      ),
  });

const unitsSchema = z.object({
  items: z.array(z.object({ id: z.string(), unorId: str, nama: z.string(), indukId: str })),
});
export type Unit = z.infer<typeof unitsSchema>['items'][number];

export const unitsQuery = (kode: string) =>
  queryOptions({
    queryKey: ['units', kode],
    queryFn: () => apiGet(`/api/instansi/${encodeURIComponent(kode)}/unit`, unitsSchema),
    staleTime: 5 * 60_000,
  });

const runsSchema = z.object({
  items: z.array(z.object({ id: z.string(), periode: z.number().int(), status: z.string() })),
});

/** The years with a mapping run (for the year selectors), newest first. */
export const runYearsQuery = (kode: string) =>
  queryOptions({
    queryKey: ['run-years', kode],
    queryFn: async () => {
      const { items } = await apiGet(`/api/instansi/${encodeURIComponent(kode)}/pemetaan`, runsSchema);
      return [...new Set(items.map((r) => r.periode))].sort((a, b) => b - a);
    },
  });

const level = <T extends readonly [string, ...string[]]>(codes: T) => z.enum(codes).nullable();

const talentCardSchema = z.object({
  identitas: z.object({
    nip: z.string(),
    nama: z.string(),
    gelarDepan: str,
    gelarBelakang: str,
    tanggalLahir: str,
    jenisKelamin: str,
    jenisPegawai: z.string(),
    kedudukan: str,
    tmtCpns: str,
    menurutNip: z.object({
      valid: z.boolean(),
      tanggalLahir: str.optional(),
      tmtCpns: str.optional(),
      jenisKelamin: str.optional(),
      pesan: str.optional(),
    }),
  }),
  unit: z
    .object({
      id: z.string(),
      nama: z.string(),
      jalur: z.array(z.object({ id: z.string(), nama: z.string() })),
    })
    .nullable(),
  jabatan: z.object({
    nama: z.string(),
    eselon: str,
    jenjang: z.string(),
    tmt: str,
    jabatanKunci: z.boolean(),
  }),
  golongan: z.object({ kode: str, tmt: str }).nullable(),
  pendidikanTerakhir: str,
  tanggalPensiun: str,
  riwayatJabatan: z.array(z.object({ jabatan: z.string(), eselon: str, jenjang: str, unit: str, tmt: str })),
  riwayatGolongan: z.array(z.object({ golongan: z.string(), tmt: str })),
  pendidikan: z.array(z.object({ tingkat: z.string(), nama: str, tahunLulus: z.number().nullable() })),
  diklat: z.object({
    tahun: z.number().int(),
    jpTahunIni: z.number(),
    items: z.array(
      z.object({ nama: z.string(), jenis: str, penyelenggara: str, mulai: str, selesai: str, jp: num }),
    ),
  }),
  hukumanDisiplin: z.array(
    z.object({
      tingkat: z.string(),
      jenis: str,
      nomorSk: str,
      tanggalSk: str,
      tmtMulai: str,
      tmtSelesai: str,
    }),
  ),
  skp: z.array(
    z.object({
      tahun: z.number().int(),
      hasilKerja: str,
      perilakuKerja: str,
      predikat: str,
      predikatTurunan: z.boolean(),
    }),
  ),
  kompetensi: z.object({
    standarSumber: z.enum(['JABATAN', 'JENJANG']).nullable(),
    penilaian: z.array(
      z.object({
        tanggal: str,
        lembaga: str,
        jpmLaporan: num,
        kompetensi: z.array(z.object({ kode: z.string(), nama: z.string(), capaian: num, standar: num })),
      }),
    ),
  }),
  potensi: z.array(z.object({ tanggal: str, lembaga: str, total: num, dimensi: z.record(z.string(), num) })),
  riwayatKotak: z.array(
    z.object({
      runId: z.string(),
      periode: z.number().int(),
      status: z.string(),
      kotak: z.number().int().nullable(),
      nilaiKinerja: num,
      levelKinerja: level(['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI']),
      nilaiPotensial: num,
      levelPotensial: level(['RENDAH', 'MENENGAH', 'TINGGI']),
      alasan: z.array(z.string()),
    }),
  ),
  penjelasan: str,
});
export type TalentCard = z.infer<typeof talentCardSchema>;

export const talentCardQuery = (kode: string, nip: string) =>
  queryOptions({
    queryKey: ['talent-card', kode, nip],
    queryFn: () =>
      apiGet(
        `/api/instansi/${encodeURIComponent(kode)}/pegawai/${encodeURIComponent(nip)}`,
        talentCardSchema,
      ),
  });

const component = z.object({
  key: z.string(),
  label: z.string(),
  score: num,
  weight: z.number(),
  contribution: num,
  text: z.string(),
});
const explanationSchema = z.object({
  nip: z.string(),
  periode: z.number().int(),
  explanation: z.object({
    status: z.enum(['DIPETAKAN', 'TIDAK_DIPETAKAN']),
    box: z.number().int().nullable(),
    summary: z.string(),
    whyBox: str,
    recommendation: str,
    performance: z.object({
      score: num,
      level: str,
      predikat: str,
      cutOffs: z.object({ above: z.number(), meets: z.number() }),
      text: z.string(),
    }),
    potential: z.object({
      score: num,
      level: str,
      cutOffs: z.object({ high: z.number(), medium: z.number() }),
      components: z.array(component),
      trackRecordParts: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          points: num,
          maxPoints: z.number(),
          text: z.string(),
        }),
      ),
      text: z.string(),
    }),
    nextSteps: z.array(
      z.object({
        axis: z.enum(['KINERJA', 'POTENSIAL']),
        targetBox: z.number().int(),
        score: z.number(),
        cutOff: z.number(),
        gap: z.number(),
        text: z.string(),
      }),
    ),
    missingData: z.array(z.object({ reason: z.string(), text: z.string() })),
    warnings: z.array(z.object({ code: z.string(), text: z.string() })),
  }),
});
export type Explanation = z.infer<typeof explanationSchema>['explanation'];

/** The engine's explanation; `url` is the card's `penjelasan` (it names the year). */
export const explanationQuery = (url: string) =>
  queryOptions({ queryKey: ['explanation', url], queryFn: () => apiGet(url, explanationSchema) });

// GET …/pegawai/:nip/suksesi (src/features/employees/card-succession.service.ts): the succession plans a
// person is on. Policy succession.read: only asked for by the roles that have it.
const cardSuccessionSchema = z.object({
  sudahDihitung: z.boolean(),
  periode: z.number().int().nullable(),
  dihitungPada: str,
  items: z.array(
    z.object({
      jabatan: z.object({ kode: z.string(), nama: z.string(), jenjang: z.string(), unorNama: str }),
      // The government whose key position it is when not the person's own (a province's JPT slate).
      instansi: z.object({ kode: z.string(), nama: z.string() }).nullable(),
      periode: z.number().int().nullable(),
      peringkat: z.number().int().min(1),
      kesiapan: z.string(),
      suksesorDarurat: z.boolean(),
    }),
  ),
  kelompokTalenta: z
    .object({
      periode: z.number().int(),
      items: z.array(
        z.object({
          kelompok: z.string(),
          diusulkan: z.boolean(),
          status: z.string(),
          anggota: z.boolean(),
        }),
      ),
      dikecualikan: z
        .object({
          kelompok: z.string(),
          alasan: z.array(z.object({ kode: z.string(), pesan: z.string() })),
        })
        .nullable(),
    })
    .nullable(),
});
export type CardSuccession = z.infer<typeof cardSuccessionSchema>;

export const cardSuccessionQuery = (kode: string, nip: string) =>
  queryOptions({
    queryKey: ['talent-card', kode, nip, 'suksesi'],
    queryFn: () =>
      apiGet(
        `/api/instansi/${encodeURIComponent(kode)}/pegawai/${encodeURIComponent(nip)}/suksesi`,
        cardSuccessionSchema,
      ),
  });
