import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { instansiSummarySchema } from './instansi.schemas.js';
import { listInstansi } from './instansi.service.js';

/** Read-only for now: sign-in and roles (and so who may see what) arrive with the security work. */
export const instansiRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  app.get(
    '/instansi',
    { schema: { response: { 200: z.object({ items: z.array(instansiSummarySchema) }) } } },
    async () => {
      const rows = await listInstansi(database.db);
      return {
        items: rows.map((r) => ({
          kode: r.kode,
          nama: r.nama,
          jenis: r.jenis as z.infer<typeof instansiSummarySchema>['jenis'],
          indukKode: r.indukKode,
          jumlahPegawai: r.jumlahPegawai,
        })),
      };
    },
  );
  return Promise.resolve();
};
