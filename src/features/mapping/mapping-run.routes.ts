import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { guarded, personScopeOf, tenantOf } from '../../platform/http/guard.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { decide } from '../auth/policies/access.js';
import { auditActorName } from '../auth/policies/actor.js';
import type { MappingJobRow } from './mapping-job.repository.js';
import {
  getMappingJob,
  recentMappingJobs,
  requestMappingRun,
  type Requester,
} from './mapping-job.service.js';

const kode = z.string().min(1).max(32);
const idParams = z.object({ kode, id: z.uuid({ message: 'Nomor proses pemetaan tidak dikenal.' }) });

/** A run maps the whole instansi: an account limited to a unit subtree may not start one. */
function requester(req: FastifyRequest): Requester {
  const scope = personScopeOf(req);
  if (scope.unitPath !== undefined || scope.employeeId !== undefined)
    throw new AppError(
      'FORBIDDEN',
      'Pemetaan mencakup seluruh instansi; akun dengan cakupan unit tidak dapat menjalankannya.',
    );
  const tenant = tenantOf(req);
  return { instansiId: tenant.id, instansiKode: tenant.kode, actor: auditActorName(guarded(req).actor) };
}

export function presentMappingJob(row: MappingJobRow) {
  return {
    id: row.id,
    periode: row.periode,
    aturan: row.ruleSet ?? 'bawaan',
    terbitkan: row.publish,
    status: row.status,
    fase: row.phase,
    persen: row.percent,
    pegawai: row.employees,
    runId: row.runId,
    hasil: row.result,
    galat: row.error,
    dibuatOleh: row.createdBy,
    dibuatPada: row.createdAt.toISOString(),
    diperbarui: row.updatedAt.toISOString(),
  };
}

/**
 * Mapping runs from the web (issue #6): the request is recorded and audited, a job runs the CLI's mapping
 * service, and the page follows the job's record. Publishing needs `mapping.publish` besides `mapping.run`.
 */
export const mappingRunRoutes: FastifyPluginAsyncZod<{ database: Database; jobs: Jobs }> = (
  app,
  { database, jobs },
) => {
  const db = database.db;

  app.post(
    '/instansi/:kode/pemetaan/jalankan',
    {
      config: { policy: 'mapping.run', audit: 'service' },
      schema: {
        params: z.object({ kode }),
        body: z.object({
          periode: z.number().int().min(2000).max(2100),
          aturan: z.string().trim().min(1).max(80).optional(),
          terbitkan: z.boolean().default(false),
        }),
      },
    },
    async (req, reply) => {
      const who = requester(req);
      if (req.body.terbitkan && decide(guarded(req).actor, 'mapping.publish') !== 'ALLOW')
        throw new AppError(
          'FORBIDDEN',
          'Anda tidak berwenang menerbitkan pemetaan resmi; jalankan tanpa terbitkan.',
        );
      const row = await requestMappingRun(db, jobs, who, {
        periode: req.body.periode,
        aturan: req.body.aturan && req.body.aturan !== 'bawaan' ? req.body.aturan : null,
        publish: req.body.terbitkan,
      });
      return reply.status(202).send(presentMappingJob(row));
    },
  );

  app.get(
    '/instansi/:kode/pemetaan/proses',
    {
      config: { policy: 'mapping.run' },
      schema: {
        params: z.object({ kode }),
        querystring: z.object({ batas: z.coerce.number().int().min(1).max(100).default(20) }),
      },
    },
    async (req) => ({
      items: (await recentMappingJobs(db, requester(req).instansiId, req.query.batas)).map(presentMappingJob),
    }),
  );

  app.get(
    '/instansi/:kode/pemetaan/proses/:id',
    { config: { policy: 'mapping.run' }, schema: { params: idParams } },
    async (req) => presentMappingJob(await getMappingJob(db, requester(req).instansiId, req.params.id)),
  );
  return Promise.resolve();
};
