import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../features/auth/session-token.js';
import type { HttpConfig } from '../config.js';

/** Secure when configured so, or (auto) when the request came over HTTPS — directly or, with
 * TALENTA_TRUST_PROXY, as the TLS-terminating proxy reports it. */
export function isSecureRequest(request: FastifyRequest, http: HttpConfig): boolean {
  if (http.secureCookies === 'always') return true;
  if (http.secureCookies === 'never') return false;
  return request.protocol === 'https';
}

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), no
 * Max-Age (it ends with the browser; the server's idle and absolute expiry end it sooner).
 */
function options(request: FastifyRequest, http: HttpConfig) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: isSecureRequest(request, http) };
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  http: HttpConfig,
  token: string,
) {
  reply.setCookie(SESSION_COOKIE, token, options(request, http));
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest, http: HttpConfig) {
  reply.clearCookie(SESSION_COOKIE, options(request, http));
}
