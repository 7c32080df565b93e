import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES } from '../errors.js';
import { maskPersonalNumbers } from '../logger.js';

/** The stable error body every route answers with (issue: `{code, message, details}`). */
export type ErrorBody = { code: string; message: string; details?: unknown; correlationId?: string };

const CLIENT_ERRORS: Record<number, ErrorBody> = {
  400: { code: 'BAD_REQUEST', message: 'Permintaan tidak valid.' },
  404: { code: 'NOT_FOUND', message: 'Tidak ditemukan.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'Isi permintaan terlalu besar.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Jenis isi permintaan tidak didukung (gunakan JSON).' },
};

/**
 * An unknown error as it may be logged: query errors quote their parameters ("params: …"), which can be
 * personal data, so those are cut and long digit runs (NIK, NIP) masked.
 */
function forLog(error: Error & { code?: string }) {
  const clean = (text: string | undefined) =>
    text === undefined
      ? undefined
      : maskPersonalNumbers(text.replace(/\nparams:[^\n]*/g, '\nparams: [disembunyikan]'));
  return { type: error.name, code: error.code, message: clean(error.message), stack: clean(error.stack) };
}

/**
 * Maps errors to HTTP in one place: AppError by its code, validation errors as 400, anything else as a
 * generic 500 whose correlation id is logged with the stack (never sent to the client).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { code: error.code, message: error.message, details: error.details };
      return reply.status(ERROR_CODES[error.code]).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const body: ErrorBody = {
        code: 'VALIDATION',
        message: 'Permintaan tidak valid.',
        details: (error.validation as ReadonlyArray<{ instancePath: string; message?: string }>).map((v) => ({
          path: v.instancePath,
          message: v.message,
        })),
      };
      return reply.status(400).send(body);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const known = CLIENT_ERRORS[error.statusCode];
      const body: ErrorBody = known ?? { code: 'BAD_REQUEST', message: 'Permintaan tidak valid.' };
      return reply.status(error.statusCode).send(body);
    }
    const correlationId = randomUUID();
    request.log.error({ err: forLog(error), correlationId }, 'unhandled error');
    const body: ErrorBody = {
      code: 'INTERNAL',
      message: `Terjadi kesalahan di server. Sebutkan kode ${correlationId} saat melapor.`,
      correlationId,
    };
    return reply.status(500).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      code: 'NOT_FOUND',
      message: `Alamat ${request.method} ${request.url} tidak ada.`,
    };
    return reply.status(404).send(body);
  });
}
