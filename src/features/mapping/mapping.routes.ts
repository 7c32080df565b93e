import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { personScopeOf, tenantOf } from '../../platform/http/guard.js';
import { compareRuns, explainEmployee, simulateRuleSet } from './mapping-insight.service.js';
import { findRuns } from './mapping-runs.repository.js';
import { narrowToUnit, unitPathOf } from '../employees/employee-list.service.js';

const year = z.coerce.number().int().min(2000).max(2100);
const kodeParams = z.object({ kode: z.string().min(1).max(32) });

/**
 * Read-only mapping API (runs, explanation, movement) and the what-if simulation, which writes nothing.
 * Each route names its policy; the guard has already found `:kode` within the actor's scope, and the
 * person-level routes pass the actor's reach (own record, unit subtree) down to the queries.
 */
export const mappingRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  const db = database.db;

  app.get(
    '/instansi/:kode/pemetaan',
    {
      config: { policy: 'mapping.read' },
      schema: { params: kodeParams, querystring: z.object({ periode: year.optional() }) },
    },
    async (req) => {
      const instansi = tenantOf(req);
      const runs = await findRuns(db, instansi.id, req.query.periode);
      return {
        items: runs.map((r) => ({
          id: r.id,
          periode: r.periode,
          status: r.status,
          ruleSetHash: r.ruleSetHash,
          startedAt: r.startedAt.toISOString(),
          publishedAt: r.publishedAt?.toISOString() ?? null,
          summary: r.summary,
        })),
      };
    },
  );

  app.get(
    '/instansi/:kode/pemetaan/penjelasan/:nip',
    {
      config: { policy: 'mapping.explain' },
      schema: {
        params: kodeParams.extend({ nip: z.string().regex(/^\d{18}$/, 'NIP harus 18 angka.') }),
        querystring: z.object({ periode: year.optional(), run: z.string().uuid().optional() }),
      },
    },
    async (req) =>
      explainEmployee(
        db,
        req.params.kode,
        req.params.nip,
        { runId: req.query.run, periode: req.query.periode ?? new Date().getFullYear() - 1 },
        personScopeOf(req),
      ),
  );

  app.get(
    '/instansi/:kode/pemetaan/pergerakan',
    {
      config: { policy: 'mapping.movement' },
      schema: {
        params: kodeParams,
        querystring: z.object({
          dari: year,
          ke: year,
          unit: z.string().min(1).max(64).optional(),
          dariKotak: z.coerce.number().int().min(0).max(9).optional(),
          keKotak: z.coerce.number().int().min(0).max(9).optional(),
        }),
      },
    },
    async (req) => {
      const unitPath = await unitPathOf(db, tenantOf(req).id, req.query.unit);
      return compareRuns(
        db,
        req.params.kode,
        { periode: req.query.dari },
        { periode: req.query.ke },
        narrowToUnit(personScopeOf(req), unitPath),
        { fromBox: req.query.dariKotak, toBox: req.query.keKotak },
      );
    },
  );

  app.post(
    '/instansi/:kode/aturan/simulasi',
    {
      config: { policy: 'rules.simulate', audit: 'request' },
      schema: {
        params: kodeParams,
        body: z.object({
          periode: year,
          aturan: z.string().min(1).max(80),
          batas: z.number().int().min(0).max(5000).optional(),
        }),
      },
    },
    async (req) =>
      simulateRuleSet(db, req.params.kode, {
        periode: req.body.periode,
        aturan: req.body.aturan,
        limit: req.body.batas,
      }),
  );
  return Promise.resolve();
};
