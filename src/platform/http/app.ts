import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.js';
import { auditRoutes } from '../../features/audit/audit.routes.js';
import { authRoutes } from '../../features/auth/auth.routes.js';
import { dashboardRoutes } from '../../features/dashboard/dashboard.routes.js';
import { dataQualityRoutes } from '../../features/data-quality/data-quality.routes.js';
import { importRoutes } from '../../features/imports/web/import.routes.js';
import { instansiRoutes } from '../../features/instansi/instansi.routes.js';
import { mappingRoutes } from '../../features/mapping/mapping.routes.js';
import { mappingRunRoutes } from '../../features/mapping/mapping-run.routes.js';
import { nineBoxRoutes } from '../../features/mapping/nine-box.routes.js';
import { employeesRoutes } from '../../features/employees/employees.routes.js';
import { positionsRoutes } from '../../features/positions/positions.routes.js';
import { ruleSetRoutes } from '../../features/rule-sets/rule-sets.routes.js';
import { successionRoutes } from '../../features/succession/succession.routes.js';
import { PACKAGE_ROOT, type Config } from '../config.js';
import { JOB_KINDS } from '../jobs/job-registry.js';
import { startJobs, type Jobs } from '../jobs/jobs.js';
import { REDACTED_PATHS, maskPersonalNumbers } from '../logger.js';
import { registerErrorHandler } from './error-handler.js';
import { checkRoutes, registerGuard, type ApiRoute } from './guard.js';
import { registerRequestAudit } from './request-audit.js';

/** Without `jobs`, the app starts the job platform on its database and stops it when it closes. */
export type AppDeps = { database: Database; config: Config; jobs?: Jobs };
export type App = FastifyInstance & {
  /** Every /api route with its policy, as the server registered them (for the access sweep and docs). */
  apiRoutes: readonly ApiRoute[];
};

export const WEB_DIST = path.join(PACKAGE_ROOT, 'dist', 'web');

/**
 * The HTTP application: API routes under /api, the health check, and the web build. Routes are thin:
 * validate with zod, call a service, present (architecture.md §2).
 */
export async function buildApp({ database, config, jobs: given }: AppDeps): Promise<App> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[disembunyikan]' },
      // No client address (personal data) and no NIP in a logged URL.
      serializers: {
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          url: maskPersonalNumbers(req.url),
        }),
      },
    },
    bodyLimit: 1024 * 1024,
    trustProxy: config.http.trustProxy,
    logController: new LogController({ disableRequestLogging: config.nodeEnv === 'test' }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  const jobs = given ?? (await startJobs(database, config.jobs, JOB_KINDS, app.log.child({ part: 'jobs' })));
  if (!given) app.addHook('onClose', () => jobs.stop());
  const apiRoutes: ApiRoute[] = [];
  checkRoutes(app, apiRoutes);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });

  app.get('/healthz', async () => {
    await database.db.execute('select 1');
    return { status: 'ok' };
  });

  await app.register(
    async (api) => {
      registerGuard(api, { database, config });
      registerRequestAudit(api, database);
      await api.register(authRoutes, { database, config });
      await api.register(instansiRoutes, { database });
      await api.register(mappingRoutes, { database });
      await api.register(dataQualityRoutes, { database });
      await api.register(auditRoutes, { database });
      await api.register(dashboardRoutes, { database });
      await api.register(employeesRoutes, { database });
      await api.register(nineBoxRoutes, { database });
      await api.register(ruleSetRoutes, { database });
      await api.register(importRoutes, { database, config, jobs });
      await api.register(successionRoutes, { database });
      await api.register(positionsRoutes, { database });
      await api.register(mappingRunRoutes, { database, jobs });
    },
    { prefix: '/api' },
  );

  if (existsSync(path.join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
    // Client-side routes fall back to the app shell; unknown /api paths stay 404s.
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  } else {
    app.get('/', (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><title>Talenta</title><p>Talenta berjalan. Tampilan web belum dibangun: jalankan <code>npm run build</code>.</p>',
        ),
    );
  }
  // Fails here, naming them, when a route has no policy (guard.ts, checkRoutes).
  await app.ready();
  return Object.assign(app, { apiRoutes });
}
