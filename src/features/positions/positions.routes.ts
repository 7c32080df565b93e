import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { guarded, personScopeOf, tenantOf } from '../../platform/http/guard.js';
import { auditActorName } from '../auth/policies/actor.js';
import {
  jabatanParams,
  keyStatusBody,
  kodeParams,
  positionListQuery,
  positionPageSchema,
} from './positions.schemas.js';
import { listPositions, setKeyPosition } from './positions.service.js';

/**
 * The position register (product.md §2.2, issue #7): the catalogue with its key positions, and marking or
 * unmarking a key position with a reason. Positions are read by those who prepare succession; the key set
 * is the Admin Instansi's.
 */
export const positionsRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  const db = database.db;

  app.get(
    '/instansi/:kode/jabatan',
    {
      config: { policy: 'positions.read' },
      schema: { params: kodeParams, querystring: positionListQuery, response: { 200: positionPageSchema } },
    },
    async (req) => listPositions(db, tenantOf(req).id, req.query),
  );

  app.put(
    '/instansi/:kode/jabatan/:jabatan/kunci',
    {
      config: { policy: 'positions.manage_key', audit: 'service' },
      schema: { params: jabatanParams, body: keyStatusBody },
    },
    async (req) => {
      // The key set drives the slates of the whole instansi: an account limited to a unit may not change it.
      const scope = personScopeOf(req);
      if (scope.unitPath !== undefined || scope.employeeId !== undefined)
        throw new AppError(
          'FORBIDDEN',
          'Jabatan kunci berlaku untuk seluruh instansi; akun dengan cakupan unit tidak dapat mengubahnya.',
        );
      const actor = auditActorName(guarded(req).actor);
      return setKeyPosition(db, tenantOf(req), req.params.jabatan, req.body, actor);
    },
  );
  return Promise.resolve();
};
