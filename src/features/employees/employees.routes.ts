import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { guarded, personScopeOf, tenantOf } from '../../platform/http/guard.js';
import { auditActorName } from '../auth/policies/actor.js';
import { downloadEmployees, sendDownload } from '../exports/download.service.js';
import { listEmployees } from './employee-list.service.js';
import { findUnits } from './employee-list.repository.js';
import { employeeListQuery, employeePageSchema, kodeParams, nipParams } from './employees.schemas.js';
import { getCardSuccession, provinceReadableBy } from './card-succession.service.js';
import { getTalentCard } from './talent-card.service.js';

/**
 * Employees of an instansi: the list (search, filters, server-side paging), the unit tree for its filter,
 * a person's talent card with the succession plans they are on, and the download. Every query takes the actor's reach (unit subtree, or self for
 * a Pegawai), so a person out of reach reads as not found.
 */
export const employeesRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  const db = database.db;

  app.get(
    '/instansi/:kode/pegawai',
    {
      config: { policy: 'employees.read' },
      schema: { params: kodeParams, querystring: employeeListQuery, response: { 200: employeePageSchema } },
    },
    async (req) => listEmployees(db, tenantOf(req).id, req.query, personScopeOf(req)),
  );

  app.get(
    '/instansi/:kode/unit',
    { config: { policy: 'employees.read' }, schema: { params: kodeParams } },
    async (req) => {
      const scope = personScopeOf(req);
      // A Pegawai needs no unit filter; a unit head gets their subtree.
      const rows = scope.employeeId ? [] : await findUnits(db, tenantOf(req).id, scope.unitPath);
      return {
        items: rows.map((u) => ({ id: u.id, unorId: u.unor_id, nama: u.nama, indukId: u.parent_id })),
      };
    },
  );

  app.get(
    '/instansi/:kode/pegawai/ekspor',
    {
      config: { policy: 'employees.export' },
      schema: {
        params: kodeParams,
        querystring: z.object({ format: z.enum(['csv', 'xlsx', 'json']).default('csv') }),
      },
    },
    async (req, reply) => {
      const download = await downloadEmployees(
        db,
        { instansi: tenantOf(req), actor: auditActorName(guarded(req).actor), scope: personScopeOf(req) },
        { format: req.query.format },
      );
      return sendDownload(req, reply, download);
    },
  );

  app.get(
    '/instansi/:kode/pegawai/:nip',
    {
      config: { policy: 'employees.read' },
      schema: {
        params: nipParams,
        querystring: z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
    },
    async (req) =>
      getTalentCard(
        db,
        tenantOf(req),
        req.params.nip,
        personScopeOf(req),
        req.query.tahun ?? new Date().getFullYear(),
      ),
  );

  // The slates a person is on: the committee's working material, not the person's (policy succession.read).
  app.get(
    '/instansi/:kode/pegawai/:nip/suksesi',
    { config: { policy: 'succession.read' }, schema: { params: nipParams } },
    async (req) => {
      const tenant = tenantOf(req);
      return getCardSuccession(
        db,
        tenant,
        req.params.nip,
        personScopeOf(req),
        await provinceReadableBy(db, guarded(req).actor, tenant),
      );
    },
  );
  return Promise.resolve();
};
