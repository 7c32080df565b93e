/**
 * The one error type services throw, with a closed list of codes. Adapters map codes to HTTP statuses
 * (platform/http/error-handler.ts) or to CLI exit codes; messages are Indonesian and safe to show.
 */
export const ERROR_CODES = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  /** A state-changing request without the session's CSRF token. */
  CSRF: 403,
  /** An account locked after repeated sign-in failures. */
  LOCKED: 423,
  RATE_LIMITED: 429,
  RULE_SET_INVALID: 422,
  RULE_SET_PUBLISHED: 409,
  NOTHING_TO_MAP: 422,
  /** An input file that cannot be read as what it claims to be (CLI exit 2). */
  FILE_INVALID: 422,
  /** An upload over the configured size limit. */
  FILE_TOO_LARGE: 413,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} tidak ditemukan.`);
