import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../../db/client.js';
import type { Config } from '../../../platform/config.js';
import { AppError } from '../../../platform/errors.js';
import { guarded, personScopeOf, tenantOf } from '../../../platform/http/guard.js';
import type { Jobs } from '../../../platform/jobs/jobs.js';
import { auditActorName } from '../../auth/policies/actor.js';
import { IMPORT_KINDS } from '../import-types.js';
import { presentImport, presentIssue } from './import.present.js';
import {
  errorFile,
  getImport,
  importIssues,
  recentImports,
  requestCommit,
  uploadImport,
  type Uploader,
} from './import-web.service.js';

const kode = z.string().min(1).max(32);
const idParams = z.object({ kode, id: z.uuid({ message: 'Nomor impor tidak dikenal.' }) });
const kindParams = z.object({
  kode,
  jenis: z.enum(IMPORT_KINDS, {
    message: `Jenis impor tidak dikenal; pilih salah satu: ${IMPORT_KINDS.join(', ')}.`,
  }),
});

/**
 * An import changes data of the whole instansi: an account limited to a unit subtree (or to itself) may
 * not, whatever its role.
 */
function uploader(req: FastifyRequest): Uploader {
  const scope = personScopeOf(req);
  if (scope.unitPath !== undefined || scope.employeeId !== undefined)
    throw new AppError(
      'FORBIDDEN',
      'Impor mengubah data seluruh instansi; akun dengan cakupan unit tidak dapat mengimpor.',
    );
  return { instansiId: tenantOf(req).id, actor: auditActorName(guarded(req).actor) };
}

/** The uploaded file of a multipart request, with the size limit's and the form's faults in Indonesian. */
async function readUpload(req: FastifyRequest, maxBytes: number) {
  const mb = Math.round(maxBytes / (1024 * 1024));
  try {
    const part = await req.file({ limits: { fileSize: maxBytes, files: 1 } });
    if (!part) throw new AppError('VALIDATION', 'Sertakan berkas impor (kolom formulir "berkas").');
    return { fileName: part.filename, content: await part.toBuffer() };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        'FILE_TOO_LARGE',
        `Berkas melebihi batas ${mb} MB. Pecah berkas menjadi beberapa bagian.`,
      );
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      throw new AppError('VALIDATION', 'Kirim berkas sebagai formulir multipart/form-data (kolom "berkas").');
    throw error;
  }
}

/**
 * Imports from the web (issue #4): upload → validation job → preview → commit job. The jobs run the CLI's
 * import service; these routes only validate, call one service and present.
 */
export const importRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config; jobs: Jobs }> = async (
  app,
  { database, config, jobs },
) => {
  const db = database.db;
  const maxBytes = config.imports.maxUploadBytes;
  await app.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 1, fields: 5 } });

  app.post(
    '/instansi/:kode/impor/:jenis',
    { config: { policy: 'imports.write', audit: 'service' }, schema: { params: kindParams } },
    async (req, reply) => {
      const who = uploader(req);
      const upload = await readUpload(req, maxBytes);
      const row = await uploadImport(db, jobs, who, { kind: req.params.jenis, ...upload });
      return reply.status(202).send(presentImport(row));
    },
  );

  app.get(
    '/instansi/:kode/impor',
    {
      config: { policy: 'imports.read' },
      schema: {
        params: z.object({ kode }),
        querystring: z.object({ batas: z.coerce.number().int().min(1).max(200).default(50) }),
      },
    },
    async (req) => ({
      items: (await recentImports(db, uploader(req).instansiId, req.query.batas)).map(presentImport),
    }),
  );

  app.get(
    '/instansi/:kode/impor/:id',
    { config: { policy: 'imports.read' }, schema: { params: idParams } },
    async (req) => presentImport(await getImport(db, uploader(req).instansiId, req.params.id)),
  );

  app.get(
    '/instansi/:kode/impor/:id/baris',
    {
      config: { policy: 'imports.read' },
      schema: {
        params: idParams,
        querystring: z.object({
          halaman: z.coerce.number().int().min(1).max(1_000_000).default(1),
          ukuran: z.coerce.number().int().min(1).max(500).default(50),
          tingkat: z.enum(['KESALAHAN', 'PERINGATAN']).optional(),
        }),
      },
    },
    async (req) => {
      const { halaman, ukuran, tingkat } = req.query;
      const severity = tingkat === undefined ? undefined : tingkat === 'KESALAHAN' ? 'error' : 'warning';
      const found = await importIssues(db, uploader(req).instansiId, req.params.id, {
        page: halaman,
        perPage: ukuran,
        severity,
      });
      return { items: found.rows.map(presentIssue), halaman, ukuran, total: found.total };
    },
  );

  app.post(
    '/instansi/:kode/impor/:id/terapkan',
    {
      config: { policy: 'imports.write', audit: 'service' },
      schema: {
        params: idParams,
        body: z.object({ lewatiTidakValid: z.boolean().default(false) }).default({ lewatiTidakValid: false }),
      },
    },
    async (req, reply) => {
      const row = await requestCommit(db, jobs, uploader(req), req.params.id, req.body.lewatiTidakValid);
      return reply.status(202).send(presentImport(row));
    },
  );

  app.get(
    '/instansi/:kode/impor/:id/berkas-kesalahan',
    { config: { policy: 'imports.read' }, schema: { params: idParams } },
    async (req, reply) => {
      const file = await errorFile(db, uploader(req).instansiId, req.params.id);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`)
        .send(file.content);
    },
  );
};
