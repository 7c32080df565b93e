import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, withQuery } from '../../lib/api-client.js';

const auditPageSchema = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      waktu: z.string(),
      instansi: z.string().nullable(),
      aktor: z.string(),
      aksi: z.string(),
      entitas: z.string(),
      entitasId: z.string().nullable(),
      hash: z.string(),
    }),
  ),
  halaman: z.number().int(),
  ukuran: z.number().int(),
  total: z.number().int(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export type AuditFilter = { instansi?: string | undefined; halaman: number };

export const PAGE_SIZE = 50;

/** GET /api/audit?instansi&halaman&ukuran: one page of the audit log, newest first. */
export const auditPageQuery = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['audit', filter],
    queryFn: () => apiGet(withQuery('/api/audit', { ...filter, ukuran: PAGE_SIZE }), auditPageSchema),
  });
