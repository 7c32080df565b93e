import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { guarded } from '../../platform/http/guard.js';
import { instansiSummarySchema } from './instansi.schemas.js';
import { listInstansi } from './instansi.service.js';

/** The instansi register, as far as the actor sees (own; a province-wide role also its kabupaten/kota). */
export const instansiRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  app.get(
    '/instansi',
    {
      config: { policy: 'instansi.list' },
      schema: { response: { 200: z.object({ items: z.array(instansiSummarySchema) }) } },
    },
    async (req) => {
      const rows = await listInstansi(database.db, guarded(req).actor.visibleInstansiIds);
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
