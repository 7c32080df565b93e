import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.js';
import { instansiRoutes } from '../../features/instansi/instansi.routes.js';
import { mappingRoutes } from '../../features/mapping/mapping.routes.js';
import { PACKAGE_ROOT, type Config } from '../config.js';
import { REDACTED_PATHS } from '../logger.js';
import { registerErrorHandler } from './error-handler.js';

export type AppDeps = { database: Database; config: Config };
export type App = FastifyInstance;

export const WEB_DIST = path.join(PACKAGE_ROOT, 'dist', 'web');

/**
 * The HTTP application: API routes under /api, the health check, and the web build. Routes are thin:
 * validate with zod, call a service, present (architecture.md §2).
 */
export async function buildApp({ database, config }: AppDeps): Promise<App> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[disembunyikan]' } },
    bodyLimit: 1024 * 1024,
    disableRequestLogging: config.nodeEnv === 'test',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

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
      await api.register(instansiRoutes, { database });
      await api.register(mappingRoutes, { database });
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
  return app;
}
