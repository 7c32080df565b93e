import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { auditActorName, type Actor } from '../auth/policies/actor.js';
import { auditScope } from '../auth/policies/access.js';
import type { Cell, StreamedTable } from '../exports/table-writer.js';
import { findVisibleInstansiByKode } from '../instansi/instansi.repository.js';
import { appendAudit } from './audit.repository.js';
import {
  countAuditEntries,
  findAuditEntries,
  findAuditEntriesAfter,
  type AuditEntryRow,
  type AuditFilter,
} from './audit-query.repository.js';

export type AuditQuery = {
  instansi?: string | undefined;
  dari?: string | undefined;
  sampai?: string | undefined;
};

const DAY_MS = 86_400_000;

/**
 * The entries an auditor may read (auth policies: their instansi, a province auditor the province's
 * too), narrowed to one instansi and to dates [dari, sampai] (whole days, UTC) when asked.
 */
export async function auditFilterFor(db: Db, actor: Actor, query: AuditQuery): Promise<AuditFilter> {
  const scope = auditScope(actor);
  let filter: AuditFilter = { instansiIds: scope.instansiIds, includeGlobal: scope.includeGlobal };
  if (query.instansi) {
    const target = await findVisibleInstansiByKode(db, scope.instansiIds, query.instansi);
    if (!target) throw new AppError('NOT_FOUND', `Instansi "${query.instansi}" tidak ditemukan.`);
    filter = { instansiIds: [target.id], includeGlobal: false };
  }
  const from = query.dari ? new Date(`${query.dari}T00:00:00Z`) : undefined;
  const to = query.sampai ? new Date(new Date(`${query.sampai}T00:00:00Z`).getTime() + DAY_MS) : undefined;
  if (from && to && from >= to)
    throw new AppError('VALIDATION', 'Tanggal "dari" harus sebelum atau sama dengan "sampai".');
  return { ...filter, from, to };
}

export async function listAuditEntries(db: Db, filter: AuditFilter, page: number, size: number) {
  const [items, total] = await Promise.all([
    findAuditEntries(db, filter, { limit: size, offset: (page - 1) * size }),
    countAuditEntries(db, filter),
  ]);
  return { items, total };
}

export const AUDIT_EXPORT_COLUMNS = [
  'seq',
  'waktu',
  'instansi',
  'aktor',
  'aksi',
  'entitas',
  'entitas_id',
  'sebelum',
  'sesudah',
  'prev_hash',
  'hash',
] as const;

const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

export function auditRowCells(r: AuditEntryRow): Cell[] {
  return [
    r.seq,
    r.at.toISOString(),
    r.instansiKode,
    r.actor,
    r.action,
    r.entity,
    r.entityId,
    json(r.before),
    json(r.after),
    r.prevHash,
    r.hash,
  ];
}

/** The filtered log as a table in chain order, read page by page (it may be long). */
export function auditExportTable(db: Db, filter: AuditFilter, pageSize = 5_000): StreamedTable {
  async function* rows() {
    let afterSeq = 0;
    for (;;) {
      const page = await findAuditEntriesAfter(db, filter, afterSeq, pageSize);
      for (const r of page) yield auditRowCells(r);
      if (page.length < pageSize) return;
      afterSeq = page[page.length - 1]!.seq;
    }
  }
  return { sheetName: 'Log audit', columns: AUDIT_EXPORT_COLUMNS, rows: rows() };
}

/**
 * An export of the log for an auditor: recorded in the log first (who took which part of it), then read
 * page by page as it is written out.
 */
export async function exportAuditLog(
  db: Db,
  actor: Actor,
  query: AuditQuery,
  format: string,
): Promise<StreamedTable> {
  const filter = await auditFilterFor(db, actor, query);
  await db.transaction((tx) =>
    appendAudit(tx, {
      instansiId: actor.instansiId,
      actor: auditActorName(actor),
      action: 'audit.export',
      entity: 'audit_log',
      after: {
        instansi: query.instansi ?? null,
        dari: query.dari ?? null,
        sampai: query.sampai ?? null,
        format,
      },
    }),
  );
  return auditExportTable(db, filter);
}
