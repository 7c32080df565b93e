import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { Database } from '../../db/client.js';
import { findVisibleInstansiByKode, type InstansiRow } from '../../features/instansi/instansi.repository.js';
import {
  ACTIONS,
  decide,
  personScope,
  type Action,
  type PersonScope,
} from '../../features/auth/policies/access.js';
import type { Actor } from '../../features/auth/policies/actor.js';
import { authenticate, type Authenticated } from '../../features/auth/session.service.js';
import { CSRF_HEADER, SESSION_COOKIE, safeEqual } from '../../features/auth/session-token.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { clearSessionCookie } from './cookies.js';

export type RoutePolicy = Action | 'public';
export type RouteAudit = 'service' | 'request';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action the route performs (features/auth/policies/access.ts), or 'public' (see PUBLIC_ROUTES). */
    policy?: RoutePolicy;
    /** State-changing routes: audited by their service, or by the platform after a success ('request'). */
    audit?: RouteAudit;
  }
  interface FastifyRequest {
    /** The signed-in session, if any (set by the guard before anything else runs). */
    auth: Authenticated | null;
    sessionToken: string | null;
    /** The instansi of a `:kode` route, found within the actor's scope. */
    tenant: InstansiRow | null;
  }
}

/** The only /api routes that answer without a session. */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set(['POST /api/auth/masuk', 'GET /api/auth/sesi']);
export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type ApiRoute = { method: string; url: string; policy: RoutePolicy; audit: RouteAudit | null };

const isApi = (url: string) => url === '/api' || url.startsWith('/api/');

/**
 * Checks each /api route as it is added and lists it: a route with no policy, an unknown policy, 'public'
 * outside PUBLIC_ROUTES, or a state-changing route that does not say how it is audited stops the app from
 * starting (`ready()` and so `listen()` fail, naming every such route). Add it to the root instance before
 * the routes.
 */
export function checkRoutes(app: FastifyInstance, manifest: ApiRoute[]): void {
  const problems: string[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!isApi(route.url)) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const problem = routeProblem(method, route);
      if (problem) problems.push(problem);
      else if (method !== 'HEAD')
        manifest.push({
          method,
          url: route.url,
          policy: route.config!.policy!,
          audit: route.config?.audit ?? null,
        });
    }
  });
  app.addHook('onReady', () =>
    problems.length === 0
      ? Promise.resolve()
      : Promise.reject(new Error(`Talenta tidak dapat dimulai:\n- ${problems.join('\n- ')}`)),
  );
}

function routeProblem(method: string, route: RouteOptions): string | null {
  const key = `${method === 'HEAD' ? 'GET' : method} ${route.url}`;
  const policy = route.config?.policy;
  if (!policy) return `Rute ${key} tidak menyatakan kebijakan akses (config.policy).`;
  if (policy !== 'public' && !(ACTIONS as readonly string[]).includes(policy))
    return `Rute ${key}: kebijakan "${String(policy)}" tidak dikenal.`;
  if (policy === 'public' && !PUBLIC_ROUTES.has(key))
    return `Rute ${key} tidak boleh publik: hanya ${[...PUBLIC_ROUTES].join(', ')}.`;
  if (UNSAFE_METHODS.has(method) && !route.config?.audit)
    return `Rute ${key} mengubah keadaan tetapi tidak menyatakan pencatatan audit (config.audit).`;
  return null;
}

/**
 * The guard of every /api route, run on request before the body is read: who is asking (session cookie),
 * 401 without a session, the CSRF token on state-changing requests (403), the instansi of `:kode` within
 * the actor's scope (404 otherwise), then the route's policy (403 or 404).
 */
export function registerGuard(
  api: FastifyInstance,
  { database, config }: { database: Database; config: Config },
) {
  api.decorateRequest('auth', null);
  api.decorateRequest('sessionToken', null);
  api.decorateRequest('tenant', null);
  api.addHook('onRequest', async (request, reply) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) return; // not one of our routes (a 404)
    await identify(request, reply, database, config);
    if (policy === 'public') return;
    const auth = request.auth;
    if (!auth) throw new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
    if (UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, auth.csrfToken))
        throw new AppError(
          'CSRF',
          'Token CSRF tidak ada atau tidak cocok. Muat ulang halaman, lalu coba lagi.',
        );
    }
    await authorize(request, database, auth.actor, policy);
  });
}

async function identify(request: FastifyRequest, reply: FastifyReply, database: Database, config: Config) {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const auth = await authenticate(database.db, config.auth, token);
  if (!auth) {
    clearSessionCookie(reply, request, config.http);
    return;
  }
  request.auth = auth;
  request.sessionToken = token;
}

async function authorize(request: FastifyRequest, database: Database, actor: Actor, action: Action) {
  const kode = (request.params as Record<string, string | undefined>).kode;
  let decision;
  if (kode !== undefined) {
    const tenant = await findVisibleInstansiByKode(database.db, actor.visibleInstansiIds, kode);
    if (!tenant) throw new AppError('NOT_FOUND', `Instansi "${kode}" tidak ditemukan.`);
    request.tenant = tenant;
    decision = decide(actor, action, { instansi: tenant });
  } else {
    decision = decide(actor, action);
  }
  if (decision === 'NOT_FOUND') throw new AppError('NOT_FOUND', 'Data tidak ditemukan.');
  if (decision === 'FORBIDDEN')
    throw new AppError('FORBIDDEN', 'Anda tidak berwenang melakukan tindakan ini dengan peran Anda.');
}

export type Guarded = { actor: Actor; tenant: InstansiRow | null; token: string };

/** The guard's findings for a handler of a non-public route (it cannot run without them). */
export function guarded(request: FastifyRequest): Guarded {
  if (!request.auth || !request.sessionToken)
    throw new Error('guarded() on a route the guard let through unsigned');
  return { actor: request.auth.actor, tenant: request.tenant, token: request.sessionToken };
}

/** The tenant of a `:kode` route (the guard resolved it). */
export function tenantOf(request: FastifyRequest): InstansiRow {
  if (!request.tenant) throw new Error('tenantOf() on a route without :kode');
  return request.tenant;
}

/** The people the signed-in actor reaches with the route's action, as a filter for the service. */
export function personScopeOf(request: FastifyRequest): PersonScope {
  const { actor } = guarded(request);
  const policy = request.routeOptions.config.policy;
  const scope = policy && policy !== 'public' ? personScope(actor, policy) : null;
  if (!scope)
    throw new AppError('FORBIDDEN', 'Anda tidak berwenang melakukan tindakan ini dengan peran Anda.');
  return scope;
}
