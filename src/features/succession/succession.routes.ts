import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { guarded, personScopeOf, tenantOf } from '../../platform/http/guard.js';
import { auditActorName } from '../auth/policies/actor.js';
import { POOL_LEVELS } from '../../domain/succession/rules.js';
import { POOL_DECISIONS } from '../../domain/succession/talent-pool.js';
import {
  compareCandidates,
  explainEligibility,
  getBenchStrength,
  getSlate,
  listKeyPositions,
} from './succession-query.service.js';
import {
  decidePoolMembership,
  getProvincialPool,
  getTalentPool,
  listPoolDecisions,
} from './talent-pool.service.js';
import { registerSuccessionSettingsRoutes } from './succession-settings.routes.js';

const kodeParams = z.object({ kode: z.string().min(1).max(32) });
const jabatanParams = kodeParams.extend({ jabatan: z.string().min(1).max(64) });
const nip = z.string().regex(/^\d{8,18}$/, 'NIP harus 8–18 angka.');

/**
 * Succession (rules.md §6) and talent pool (rules.md §4) API: reads of the current slates, explanation and
 * comparison computed on demand, and the committee's pool decisions (the only write).
 */
export const successionRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  const db = database.db;

  app.get(
    '/instansi/:kode/suksesi/jabatan-kunci',
    { config: { policy: 'succession.read' }, schema: { params: kodeParams } },
    async (req) => listKeyPositions(db, tenantOf(req)),
  );

  app.get(
    '/instansi/:kode/suksesi/jabatan-kunci/:jabatan',
    { config: { policy: 'succession.read' }, schema: { params: jabatanParams } },
    async (req) => getSlate(db, tenantOf(req), req.params.jabatan),
  );

  app.get(
    '/instansi/:kode/suksesi/jabatan-kunci/:jabatan/syarat/:nip',
    { config: { policy: 'succession.explain' }, schema: { params: jabatanParams.extend({ nip }) } },
    async (req) =>
      explainEligibility(db, tenantOf(req), req.params.jabatan, req.params.nip, personScopeOf(req)),
  );

  app.get(
    '/instansi/:kode/suksesi/jabatan-kunci/:jabatan/bandingkan',
    {
      config: { policy: 'succession.read' },
      schema: {
        params: jabatanParams,
        querystring: z.object({
          nip: z
            .string()
            .transform((v) =>
              v
                .split(',')
                .map((s) => s.trim())
                .filter((s) => s !== ''),
            )
            .pipe(z.array(nip).min(1).max(5, 'Paling banyak 5 pegawai.')),
        }),
      },
    },
    async (req) =>
      compareCandidates(db, tenantOf(req), req.params.jabatan, req.query.nip, personScopeOf(req)),
  );

  app.get(
    '/instansi/:kode/suksesi/kekuatan',
    { config: { policy: 'succession.stats' }, schema: { params: kodeParams } },
    async (req) => getBenchStrength(db, tenantOf(req)),
  );

  app.get(
    '/instansi/:kode/kelompok-talenta',
    {
      config: { policy: 'talent_pool.read' },
      schema: { params: kodeParams, querystring: z.object({ kelompok: z.enum(POOL_LEVELS).optional() }) },
    },
    async (req) => getTalentPool(db, tenantOf(req), req.query.kelompok),
  );

  app.get(
    '/instansi/:kode/kelompok-talenta/keputusan',
    { config: { policy: 'talent_pool.read' }, schema: { params: kodeParams } },
    async (req) => listPoolDecisions(db, tenantOf(req)),
  );

  app.post(
    '/instansi/:kode/kelompok-talenta/keputusan',
    {
      config: { policy: 'talent_pool.decide', audit: 'service' },
      schema: {
        params: kodeParams,
        body: z.object({
          nip,
          kelompok: z.enum(POOL_LEVELS),
          keputusan: z.enum(POOL_DECISIONS),
          alasan: z.string().max(2000).optional(),
        }),
      },
    },
    async (req, reply) => {
      const { actor } = guarded(req);
      const out = await decidePoolMembership(db, tenantOf(req), req.body, auditActorName(actor));
      return reply.code(201).send(out);
    },
  );

  app.get(
    '/instansi/:kode/kelompok-talenta/provinsi',
    { config: { policy: 'talent_pool.province' }, schema: { params: kodeParams } },
    async (req) => getProvincialPool(db, tenantOf(req)),
  );

  registerSuccessionSettingsRoutes(app, db);
  return Promise.resolve();
};
