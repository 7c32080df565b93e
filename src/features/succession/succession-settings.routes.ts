import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { guarded, tenantOf } from '../../platform/http/guard.js';
import { auditActorName } from '../auth/policies/actor.js';
import { configureSuccessionSettings } from './succession-configure.service.js';
import { readSuccessionSettings } from './succession-settings.service.js';

const kodeParams = z.object({ kode: z.string().min(1).max(32) });

/**
 * Pengaturan suksesi (rules.md §6 "configurable"): read by the succession readers; changed by the Admin
 * Instansi (own instansi) and the Admin Provinsi (the province only). The body is validated by the domain
 * (Indonesian messages per field); the service audits and recomputes the slates.
 */
export function registerSuccessionSettingsRoutes(app: FastifyInstance, db: Db): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/instansi/:kode/suksesi/pengaturan',
    { config: { policy: 'succession.read' }, schema: { params: kodeParams } },
    async (req) => readSuccessionSettings(db, tenantOf(req)),
  );
  typed.put(
    '/instansi/:kode/suksesi/pengaturan',
    {
      config: { policy: 'succession.configure', audit: 'service' },
      schema: { params: kodeParams, body: z.unknown() },
    },
    async (req) =>
      configureSuccessionSettings(db, tenantOf(req), req.body, auditActorName(guarded(req).actor)),
  );
}
