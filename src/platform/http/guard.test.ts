import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance, type RouteShorthandOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandler } from './error-handler.js';
import { checkRoutes, type ApiRoute } from './guard.js';

async function appWith(method: 'GET' | 'POST', url: string, options: RouteShorthandOptions) {
  const manifest: ApiRoute[] = [];
  const app = Fastify();
  checkRoutes(app, manifest);
  await app.register(
    // Shaped like the feature route plugins (FastifyPluginAsyncZod): not async, returns a promise.
    (api) => {
      api.route({ method, url, ...options, handler: () => ({ ok: true }) });
      return Promise.resolve();
    },
    { prefix: '/api' },
  );
  await app.ready();
  return { app, manifest };
}

describe('every /api route declares its policy, or the app does not start', () => {
  it.each([
    ['no policy', 'GET', '/laporan', {}, 'tidak menyatakan kebijakan akses'],
    ['an unknown policy', 'GET', '/laporan', { config: { policy: 'laporan.baca' } }, 'tidak dikenal'],
    ['public outside the list', 'GET', '/laporan', { config: { policy: 'public' } }, 'tidak boleh publik'],
    [
      'a state change without audit',
      'POST',
      '/instansi/:kode/laporan',
      { config: { policy: 'rules.simulate' } },
      'pencatatan audit',
    ],
  ] as const)('refuses a route with %s', async (_what, method, url, options, message) => {
    await expect(appWith(method, url, options as RouteShorthandOptions)).rejects.toThrow(message);
  });

  it('lists the routes it accepted, once each (no HEAD twins)', async () => {
    const { app, manifest } = await appWith('GET', '/laporan', { config: { policy: 'mapping.read' } });
    expect(manifest).toEqual([{ method: 'GET', url: '/api/laporan', policy: 'mapping.read', audit: null }]);
    await app.close();
  });

  it('leaves routes outside /api alone', async () => {
    const app = Fastify();
    checkRoutes(app, []);
    app.get('/healthz', () => ({ status: 'ok' }));
    await expect(app.ready()).resolves.toBeDefined();
    await app.close();
  });
});

describe('unknown errors', () => {
  async function failingApp(lines: string[]): Promise<FastifyInstance> {
    const stream = new Writable({
      write(chunk: Buffer, _e, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = Fastify({ logger: { level: 'error', stream } });
    registerErrorHandler(app);
    app.get('/api/rusak', () => {
      throw new Error('Failed query: select * from employee where nip = $1\nparams: 199001012015031001');
    });
    return app;
  }

  it('answer a generic 500 with a correlation id, and log it without the stack reaching the client or personal data the log', async () => {
    const lines: string[] = [];
    const app = await failingApp(lines);
    const res = await app.inject({ method: 'GET', url: '/api/rusak' });
    expect(res.statusCode).toBe(500);
    const body = res.json<{ code: string; message: string; correlationId: string }>();
    expect(Object.keys(body).sort()).toEqual(['code', 'correlationId', 'message']);
    expect(body.code).toBe('INTERNAL');
    expect(body.message).toContain(body.correlationId);
    expect(res.body).not.toMatch(/Failed query|at .*\.ts|199001012015031001/);
    const log = lines.join('');
    expect(log).toContain(body.correlationId);
    expect(log).toContain('Failed query');
    expect(log).not.toContain('199001012015031001');
    await app.close();
  });
});
