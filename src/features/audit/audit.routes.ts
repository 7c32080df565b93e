import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { guarded } from '../../platform/http/guard.js';
import { writeTable } from '../exports/table-writer.js';
import { auditFilterFor, exportAuditLog, listAuditEntries } from './audit-query.service.js';

const isoDate = z.iso.date({ message: 'Tanggal ditulis YYYY-MM-DD dan harus ada di kalender.' });
const filterSchema = z.object({
  instansi: z.string().min(1).max(32).optional(),
  dari: isoDate.optional(),
  sampai: isoDate.optional(),
});

const entrySchema = z.object({
  seq: z.number().int(),
  waktu: z.string(),
  instansi: z.string().nullable(),
  aktor: z.string(),
  aksi: z.string(),
  entitas: z.string(),
  entitasId: z.string().nullable(),
  sebelum: z.unknown(),
  sesudah: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

/** The audit log for auditors: a filtered page, and an export (recorded in the log itself). */
export const auditRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  const db = database.db;

  app.get(
    '/audit',
    {
      config: { policy: 'audit.read' },
      schema: {
        querystring: filterSchema.extend({
          halaman: z.coerce.number().int().min(1).max(1_000_000).default(1),
          ukuran: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({
            items: z.array(entrySchema),
            halaman: z.number().int(),
            ukuran: z.number().int(),
            total: z.number().int(),
          }),
        },
      },
    },
    async (req) => {
      const filter = await auditFilterFor(db, guarded(req).actor, req.query);
      const { items, total } = await listAuditEntries(db, filter, req.query.halaman, req.query.ukuran);
      return {
        items: items.map((r) => ({
          seq: r.seq,
          waktu: r.at.toISOString(),
          instansi: r.instansiKode,
          aktor: r.actor,
          aksi: r.action,
          entitas: r.entity,
          entitasId: r.entityId,
          sebelum: r.before,
          sesudah: r.after,
          prevHash: r.prevHash,
          hash: r.hash,
        })),
        halaman: req.query.halaman,
        ukuran: req.query.ukuran,
        total,
      };
    },
  );

  app.get(
    '/audit/ekspor',
    {
      config: { policy: 'audit.read' },
      schema: { querystring: filterSchema.extend({ format: z.enum(['csv', 'json']).default('csv') }) },
    },
    async (req, reply) => {
      const table = await exportAuditLog(db, guarded(req).actor, req.query, req.query.format);
      const out = new PassThrough();
      writeTable(table, req.query.format, out).catch((error: unknown) => {
        req.log.error({ err: error }, 'audit export failed');
        out.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return reply
        .type(CONTENT_TYPES[req.query.format])
        .header('content-disposition', `attachment; filename="log-audit.${req.query.format}"`)
        .send(out);
    },
  );
  return Promise.resolve();
};
