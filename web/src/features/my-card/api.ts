import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from '../../lib/api-client.js';

const ownEmployeeSchema = z.object({
  pegawai: z.object({ nip: z.string(), nama: z.string(), instansiKode: z.string() }).nullable(),
});

const level = z.enum(['RENDAH', 'MENENGAH', 'TINGGI']).nullable();

/** The parts of GET …/pemetaan/penjelasan/:nip this card shows (src/domain/explain.ts). */
const explanationSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  periode: z.number().int(),
  explanation: z.object({
    status: z.enum(['DIPETAKAN', 'TIDAK_DIPETAKAN']),
    box: z.number().int().min(1).max(9).nullable(),
    summary: z.string(),
    whyBox: z.string().nullable(),
    recommendation: z.string().nullable(),
    performance: z.object({
      score: z.number().nullable(),
      level: z.enum(['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI']).nullable(),
      text: z.string(),
    }),
    potential: z.object({ score: z.number().nullable(), level, text: z.string() }),
  }),
});
export type OwnCard = z.infer<typeof explanationSchema>;

/** GET /api/saya, then the person's explanation in the latest mapping year (the server's default). */
export const ownCardQuery = () =>
  queryOptions({
    queryKey: ['my-card'],
    queryFn: async () => {
      const { pegawai } = await apiGet('/api/saya', ownEmployeeSchema);
      if (!pegawai) return null;
      const base = `/api/instansi/${encodeURIComponent(pegawai.instansiKode)}/pemetaan/penjelasan`;
      return apiGet(`${base}/${pegawai.nip}`, explanationSchema);
    },
  });
