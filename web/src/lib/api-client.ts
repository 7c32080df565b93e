import { z } from 'zod';

/**
 * The one API client of the web app. Every feature's `api.ts` calls `apiGet`/`apiSend` with a zod schema of
 * the response: the answer is validated before any component sees it. State-changing requests carry the
 * session's CSRF token; a 401 tells the shell (which sends the person to the sign-in page).
 */

/** The server's error body (src/platform/http/error-handler.ts). */
const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
  correlationId: z.string().optional(),
});

/**
 * An error of an API call. `code` is the server's AppError code (src/platform/errors.ts) or one of the
 * client's own: NETWORK (no answer), INVALID_RESPONSE (an answer that does not match the schema).
 * Components show `t('common:errors.<code>')`, with the server's own message as detail when it has one.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly serverMessage: string | null,
    /** The server's `details` (e.g. field-level issues `[{ path, message }]`), unchecked. */
    readonly details: unknown = undefined,
  ) {
    super(serverMessage ?? code);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the CSRF token of the current session (set from the session probe and the sign-in). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The shell's reaction to a 401 from any call but the session probe: forget the session, go to sign-in. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<S extends z.ZodType>(method: Method, url: string, schema: S, body?: unknown) {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body (a file upload) sets its own multipart content type with the boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('NETWORK', 0, null);
  }
  const data: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (!res.ok) {
    const parsed = errorBodySchema.safeParse(data);
    const code = parsed.success ? parsed.data.code : `HTTP_${res.status}`;
    if (res.status === 401) onUnauthenticated?.();
    throw new ApiError(
      code,
      res.status,
      parsed.success ? parsed.data.message : null,
      parsed.success ? parsed.data.details : undefined,
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError('INVALID_RESPONSE', res.status, null);
  return parsed.data;
}

/** GET `url`, validated by `schema`. Build query strings with `withQuery`. */
export const apiGet = <S extends z.ZodType>(url: string, schema: S) => request('GET', url, schema);

/** POST/PUT/PATCH/DELETE with a JSON body (and the CSRF header), validated by `schema`. */
export const apiSend = <S extends z.ZodType>(
  method: Exclude<Method, 'GET'>,
  url: string,
  schema: S,
  body: unknown = {},
) => request(method, url, schema, body);

/** POST a multipart form (a file upload, with the CSRF header), validated by `schema`. */
export const apiUpload = <S extends z.ZodType>(url: string, schema: S, form: FormData) =>
  request('POST', url, schema, form);

/** `url` with the defined entries of `query` as its query string. */
export function withQuery(url: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `${url}?${text}` : url;
}
