import type { Db } from '../../db/client.js';
import type { PersonScope } from '../auth/policies/access.js';
import { appendAudit } from '../audit/audit.repository.js';
import { buildPegawaiExport } from '../employees/pegawai-export.js';
import { buildMappingExport, type MappingExportFormat } from '../mapping/mapping-export.js';
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { writeTable, type StreamedTable, type Table, type TableFormat } from './table-writer.js';

export type Download = { table: Table | StreamedTable; format: TableFormat; fileName: string };

type Who = { instansi: { id: number; kode: string }; actor: string; scope: PersonScope };

/** Records a download of personal data (who, what, in which shape, within which reach). */
async function auditDownload(db: Db, who: Who, action: string, after: Record<string, unknown>) {
  await db.transaction((tx) =>
    appendAudit(tx, {
      instansiId: who.instansi.id,
      actor: who.actor,
      action,
      entity: 'export',
      entityId: who.instansi.kode,
      after: { ...after, cakupan: who.scope },
    }),
  );
}

/**
 * The mapping of a year as a download (import-format.md §4 `pemetaan`, or the SIMATA shape), scoped to
 * the actor's reach and recorded in the audit log before the first byte leaves.
 */
export async function downloadMapping(
  db: Db,
  who: Who,
  input: { periode: number; format: MappingExportFormat },
): Promise<Download> {
  const table = await buildMappingExport(
    db,
    { instansiKode: who.instansi.kode, periode: input.periode, format: input.format },
    who.scope,
  );
  await auditDownload(db, who, 'mapping.export', {
    periode: input.periode,
    format: input.format,
    baris: Array.isArray(table.rows) ? table.rows.length : null,
  });
  const format = input.format === 'simata' ? 'csv' : input.format;
  const suffix = input.format === 'simata' ? '-simata' : '';
  return { table, format, fileName: `pemetaan-${who.instansi.kode}-${input.periode}${suffix}.${format}` };
}

/** The employee list as a download (the `pegawai` import's columns), scoped and audited. */
export async function downloadEmployees(db: Db, who: Who, input: { format: TableFormat }): Promise<Download> {
  const table = await buildPegawaiExport(db, who.instansi.kode, who.scope);
  await auditDownload(db, who, 'employees.export', { format: input.format });
  return { table, format: input.format, fileName: `pegawai-${who.instansi.kode}.${input.format}` };
}

const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/** Streams a download as an attachment; a failure mid-stream ends the response (it is logged). */
export function sendDownload(req: FastifyRequest, reply: FastifyReply, download: Download) {
  const out = new PassThrough();
  writeTable(download.table, download.format, out).catch((error: unknown) => {
    req.log.error({ err: error }, 'download failed');
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return reply
    .type(CONTENT_TYPES[download.format])
    .header('content-disposition', `attachment; filename="${download.fileName}"`)
    .header('cache-control', 'no-store')
    .send(out);
}
