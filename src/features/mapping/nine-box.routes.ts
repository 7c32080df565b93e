import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { guarded, personScopeOf, tenantOf } from '../../platform/http/guard.js';
import { auditActorName } from '../auth/policies/actor.js';
import { listEmployees } from '../employees/employee-list.service.js';
import {
  employeePageSchema,
  kodeParams,
  pagingSchema,
  peopleFilterSchema,
  year,
} from '../employees/employees.schemas.js';
import { downloadMapping, sendDownload } from '../exports/download.service.js';
import { getNineBox } from './nine-box.service.js';

const boxFilter = peopleFilterSchema.pick({ unit: true, jenjang: true, periode: true });

const nineBoxSchema = z.object({
  runId: z.string(),
  periode: z.number().int(),
  ruleSetHash: z.string(),
  publishedAt: z.string().nullable(),
  total: z.number().int(),
  dipetakan: z.number().int(),
  tidakDipetakan: z.number().int(),
  kotak: z.array(
    z.object({
      kotak: z.number().int(),
      nama: z.string(),
      kinerja: z.string(),
      potensial: z.string(),
      rekomendasi: z.string(),
      jumlah: z.number().int(),
      persen: z.number(),
    }),
  ),
  alasanTidakDipetakan: z.record(z.string(), z.number().int()),
});

/**
 * The 9-box of an official mapping (counts; the people of one box, paged) and the mapping download. Counts
 * are aggregate (`mapping.read`); the people are personal data (`employees.read`, a Pegawai sees only
 * themself); the download is audited (`mapping.export`).
 */
export const nineBoxRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  const db = database.db;

  app.get(
    '/instansi/:kode/pemetaan/kotak',
    {
      config: { policy: 'mapping.read' },
      schema: { params: kodeParams, querystring: boxFilter, response: { 200: nineBoxSchema } },
    },
    async (req) => getNineBox(db, tenantOf(req), req.query, personScopeOf(req)),
  );

  app.get(
    '/instansi/:kode/pemetaan/kotak/:kotak/pegawai',
    {
      config: { policy: 'employees.read' },
      schema: {
        params: kodeParams.extend({
          kotak: z.coerce.number().int().min(0, 'Kotak 1–9, atau 0 untuk yang tidak dipetakan.').max(9),
        }),
        querystring: peopleFilterSchema.extend(pagingSchema.shape),
        response: { 200: employeePageSchema },
      },
    },
    async (req) =>
      listEmployees(db, tenantOf(req).id, { ...req.query, kotak: req.params.kotak }, personScopeOf(req)),
  );

  app.get(
    '/instansi/:kode/pemetaan/ekspor',
    {
      config: { policy: 'mapping.export' },
      schema: {
        params: kodeParams,
        querystring: z.object({
          periode: year,
          format: z.enum(['csv', 'xlsx', 'json', 'simata']).default('csv'),
        }),
      },
    },
    async (req, reply) => {
      const download = await downloadMapping(
        db,
        { instansi: tenantOf(req), actor: auditActorName(guarded(req).actor), scope: personScopeOf(req) },
        req.query,
      );
      return sendDownload(req, reply, download);
    },
  );
  return Promise.resolve();
};
