import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { appendAudit } from '../audit/audit.repository.js';
import { findInstansiByKode, findInstansiSummaries, insertInstansi } from './instansi.repository.js';
import { newInstansiSchema, type NewInstansi } from './instansi.schemas.js';

/** The instansi register; only the instansi of `visibleIds` when given (an actor's scope). */
export const listInstansi = (db: Db, visibleIds?: readonly number[]) => findInstansiSummaries(db, visibleIds);

/**
 * Registers an instansi. A kabupaten or kota belongs to a province (its induk); a province may stand alone.
 * Recorded in the audit log in the same transaction.
 */
export async function addInstansi(db: Db, input: NewInstansi, actor: string) {
  const parsed = newInstansiSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION',
      parsed.error.issues.map((i) => i.message).join(' '),
      parsed.error.issues,
    );
  }
  const { kode, nama, jenis, indukKode } = parsed.data;
  return db.transaction(async (tx) => {
    if (await findInstansiByKode(tx, kode)) {
      throw new AppError('CONFLICT', `Instansi dengan kode "${kode}" sudah ada.`);
    }
    let indukId: number | null = null;
    if (indukKode) {
      const parent = await findInstansiByKode(tx, indukKode);
      if (!parent) throw new AppError('NOT_FOUND', `Instansi induk "${indukKode}" tidak ditemukan.`);
      if (parent.jenis !== 'PROVINSI') {
        throw new AppError(
          'VALIDATION',
          `Instansi induk harus provinsi; "${indukKode}" adalah ${parent.jenis}.`,
        );
      }
      indukId = parent.id;
    }
    const row = await insertInstansi(tx, { kode, nama, jenis, indukId });
    await appendAudit(tx, {
      instansiId: row.id,
      actor,
      action: 'instansi.create',
      entity: 'instansi',
      entityId: String(row.id),
      after: { kode, nama, jenis, indukKode: indukKode ?? null },
    });
    return row;
  });
}
