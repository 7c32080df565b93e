import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES } from '../errors.js';

/** The stable error body every route answers with (issue: `{code, message, details}`). */
export type ErrorBody = { code: string; message: string; details?: unknown; correlationId?: string };

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
      return reply
        .status(error.statusCode)
        .send({ code: error.code ?? 'BAD_REQUEST', message: error.message });
    }
    const correlationId = randomUUID();
    request.log.error({ err: error, correlationId }, 'unhandled error');
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
