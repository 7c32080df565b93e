import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { personScopeOf } from '../../platform/http/guard.js';
import { buildDataQualityReport } from './data-quality.service.js';

const kodeParams = z.object({ kode: z.string().min(1).max(32) });

/**
 * Read-only data-quality report: counts per unit, no person data (the same reach as the mapping's box
 * distribution, `mapping.read`); a unit head sees their unit subtree only.
 */
export const dataQualityRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  app.get(
    '/instansi/:kode/kualitas-data',
    {
      config: { policy: 'mapping.read' },
      schema: {
        params: kodeParams,
        querystring: z.object({ periode: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    async (req) =>
      buildDataQualityReport(database.db, {
        instansiKode: req.params.kode,
        periode: req.query.periode,
        unitPath: personScopeOf(req).unitPath,
      }),
  );
  return Promise.resolve();
};
