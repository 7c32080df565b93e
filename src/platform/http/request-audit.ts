import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client.js';
import { appendAudit } from '../../features/audit/audit.repository.js';
import { auditActorName } from '../../features/auth/policies/actor.js';

/** Body members never copied into the audit log. */
const SECRET_KEY = /sandi|password|token|secret/i;

/** Primitive members of a request body, secrets left out: enough to say what was asked. */
function describe(body: unknown): Record<string, unknown> | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (SECRET_KEY.test(k)) continue;
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[k] = v;
  }
  return out;
}

/**
 * Audits a route declared `config: { audit: 'request' }` after it succeeds, before the reply leaves: who,
 * which route, with which parameters. For requests whose service does not write its own entries (a what-if
 * simulation writes nothing, but who ran which rule change is worth knowing).
 */
export function registerRequestAudit(api: FastifyInstance, database: Database): void {
  api.addHook('onSend', async (request, reply, payload) => {
    const { audit, policy } = request.routeOptions.config;
    if (audit !== 'request' || reply.statusCode >= 400 || !request.auth || !policy) return payload;
    const actor = request.auth.actor;
    await database.db.transaction((tx) =>
      appendAudit(tx, {
        instansiId: request.tenant?.id ?? actor.instansiId,
        actor: auditActorName(actor),
        action: policy,
        entity: 'http',
        entityId: `${request.method} ${request.routeOptions.url ?? request.url}`,
        after: { params: request.params ?? null, body: describe(request.body), status: reply.statusCode },
      }),
    );
    return payload;
  });
}
