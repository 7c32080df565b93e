import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { guarded, personScopeOf, tenantOf } from '../../platform/http/guard.js';
import { findOwnEmployee } from './dashboard.repository.js';
import { instansiSummarySchema, ownEmployeeSchema, provinceSummarySchema } from './dashboard.schemas.js';
import { buildInstansiSummary, buildProvinceSummary } from './dashboard.service.js';

const kodeParams = z.object({ kode: z.string().min(1).max(32) });

/**
 * Read-only dashboards: aggregate counts, no person data. The province view lists every instansi the actor
 * sees; the instansi view counts within the actor's reach (a unit head: their subtree).
 */
export const dashboardRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  app.get(
    '/provinsi/ringkasan',
    { config: { policy: 'dashboard.province' }, schema: { response: { 200: provinceSummarySchema } } },
    async (req) => buildProvinceSummary(database.db, guarded(req).actor.visibleInstansiIds),
  );

  app.get(
    '/instansi/:kode/ringkasan',
    {
      config: { policy: 'dashboard.instansi' },
      schema: { params: kodeParams, response: { 200: instansiSummarySchema } },
    },
    async (req) => buildInstansiSummary(database.db, tenantOf(req), personScopeOf(req)),
  );
  // The employee record of the signed-in account (a Pegawai's own card starts here); null for other roles.
  app.get(
    '/saya',
    { config: { policy: 'session.self' }, schema: { response: { 200: ownEmployeeSchema } } },
    async (req) => {
      const { actor } = guarded(req);
      const row = actor.employeeId
        ? await findOwnEmployee(database.db, actor.instansiId, actor.employeeId)
        : undefined;
      return { pegawai: row ? { nip: row.nip, nama: row.nama, instansiKode: row.instansi_kode } : null };
    },
  );
  return Promise.resolve();
};
