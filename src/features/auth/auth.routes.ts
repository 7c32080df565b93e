import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import type { Config } from '../../platform/config.js';
import { AppError } from '../../platform/errors.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/http/cookies.js';
import { guarded } from '../../platform/http/guard.js';
import {
  changePasswordBodySchema,
  sessionResponseSchema,
  signInBodySchema,
  type SessionResponse,
} from './auth.schemas.js';
import { changePassword, signIn } from './auth.service.js';
import { SESSION_COOKIE } from './session-token.js';
import { authenticate, signOut, signOutEverywhere, type Authenticated } from './session.service.js';

const SMALL_BODY = 16 * 1024;

function present(auth: Authenticated | null): SessionResponse {
  if (!auth) return { pengguna: null, csrfToken: null, berakhir: null };
  const a = auth.actor;
  return {
    pengguna: {
      namaPengguna: a.username,
      nama: auth.nama,
      peran: a.role,
      instansiKode: a.instansiKode,
      seProvinsi: a.provinceWide,
      terbatasUnit: a.unitPath !== null,
    },
    csrfToken: auth.csrfToken,
    berakhir: auth.expiresAt.toISOString(),
  };
}

/** Sign-in, session, sign-out (here and everywhere) and change of password, under /api/auth. */
export const authRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = (
  app,
  { database, config },
) => {
  const db = database.db;

  app.post(
    '/auth/masuk',
    {
      bodyLimit: SMALL_BODY,
      config: {
        policy: 'public',
        audit: 'service',
        rateLimit: {
          max: config.auth.loginRatePerMinute,
          timeWindow: 60_000,
          errorResponseBuilder: (_request, context) =>
            new AppError(
              'RATE_LIMITED',
              `Terlalu banyak percobaan masuk dari alamat ini. Coba lagi dalam ${Math.ceil(context.ttl / 1000)} detik.`,
            ),
        },
      },
      schema: { body: signInBodySchema, response: { 200: sessionResponseSchema } },
    },
    async (request, reply) => {
      const { token } = await signIn(db, config.auth, {
        username: request.body.namaPengguna,
        password: request.body.kataSandi,
        previousToken: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(reply, request, config.http, token);
      return present(await authenticate(db, config.auth, token));
    },
  );

  app.get(
    '/auth/sesi',
    { config: { policy: 'public' }, schema: { response: { 200: sessionResponseSchema } } },
    (request) => present(request.auth),
  );

  app.post(
    '/auth/keluar',
    { bodyLimit: SMALL_BODY, config: { policy: 'session.self', audit: 'service' } },
    async (request, reply) => {
      const { actor, token } = guarded(request);
      await signOut(db, actor, token);
      clearSessionCookie(reply, request, config.http);
      return reply.status(204).send();
    },
  );

  app.post(
    '/auth/keluar-semua',
    {
      bodyLimit: SMALL_BODY,
      config: { policy: 'session.self', audit: 'service' },
      schema: { response: { 200: z.object({ sesiDiakhiri: z.number().int() }) } },
    },
    async (request, reply) => {
      const { actor } = guarded(request);
      const ended = await signOutEverywhere(db, actor);
      clearSessionCookie(reply, request, config.http);
      return { sesiDiakhiri: ended };
    },
  );

  app.put(
    '/auth/kata-sandi',
    {
      bodyLimit: SMALL_BODY,
      config: { policy: 'session.self', audit: 'service' },
      schema: {
        body: changePasswordBodySchema,
        response: { 200: z.object({ sesiLainDiakhiri: z.number().int() }) },
      },
    },
    async (request) => {
      const { actor, token } = guarded(request);
      const { sessionsEnded } = await changePassword(db, config.auth, actor, token, {
        current: request.body.kataSandiLama,
        next: request.body.kataSandiBaru,
      });
      return { sesiLainDiakhiri: sessionsEnded };
    },
  );
  return Promise.resolve();
};
