import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { successionSetting } from '../../db/schema/index.js';
import type { SettingsOverrides } from '../../domain/succession/settings.js';
import type { Tx } from '../audit/audit.repository.js';
import type { LatestMapping } from './succession-inputs.repository.js';

export type SuccessionSettingRow = typeof successionSetting.$inferSelect;

/** The stored overrides of an instansi, or null when it has never changed its settings. */
export async function findSuccessionSetting(
  db: Db | Tx,
  instansiId: number,
): Promise<SuccessionSettingRow | null> {
  const [row] = await db.select().from(successionSetting).where(eq(successionSetting.instansiId, instansiId));
  return row ?? null;
}

/** Replaces the stored overrides of an instansi (one row per instansi). */
export async function upsertSuccessionSetting(
  tx: Tx,
  values: { instansiId: number; settings: SettingsOverrides; updatedBy: string },
): Promise<SuccessionSettingRow> {
  const now = new Date();
  const [row] = await tx
    .insert(successionSetting)
    .values({ ...values, updatedAt: now })
    .onConflictDoUpdate({
      target: successionSetting.instansiId,
      set: { settings: values.settings, updatedBy: values.updatedBy, updatedAt: now },
    })
    .returning();
  if (!row) throw new Error('upsert succession_setting returned nothing');
  return row;
}

export type GovernmentRef = { id: number; kode: string; nama: string };

/**
 * The governments whose induk is the province (its kabupaten/kota), in kode order, each with its latest
 * published mapping (null when it has none), in one statement.
 */
export async function findChildGovernments(
  db: Db,
  provinceId: number,
): Promise<(GovernmentRef & { mapping: LatestMapping | null })[]> {
  const rows = await queryRows<
    GovernmentRef & { run_id: string | null; periode: number | null; rule_set_version_id: string | null }
  >(
    db,
    sql`select c.id, c.kode, c.nama, m.id as run_id, m.periode, m.rule_set_version_id
        from instansi c
        left join lateral (
          select r.id, r.periode, r.rule_set_version_id from mapping_run r
          where r.instansi_id = c.id and r.status = 'PUBLISHED' order by r.periode desc limit 1
        ) m on true
        where c.induk_id = ${provinceId} order by c.kode`,
  );
  return rows.map((r) => ({
    id: r.id,
    kode: r.kode,
    nama: r.nama,
    mapping:
      r.run_id === null
        ? null
        : { id: r.run_id, periode: Number(r.periode), ruleSetVersionId: r.rule_set_version_id! },
  }));
}

/** The province above a government whose stored settings draw on the provincial pool; null otherwise. */
export async function findDrawingProvince(db: Db, instansiId: number): Promise<GovernmentRef | null> {
  const [row] = await queryRows<GovernmentRef>(
    db,
    sql`select p.id, p.kode, p.nama from instansi c
        join instansi p on p.id = c.induk_id and p.jenis = 'PROVINSI'
        join succession_setting s on s.instansi_id = p.id
        where c.id = ${instansiId} and s.settings @> '{"jptFromProvincialPool": true}'::jsonb`,
  );
  return row ?? null;
}

export type GovernmentRow = GovernmentRef & { jenis: string; indukId: number | null };

/** One instansi by id with its kind and induk (whether it is a province, and whose child it is). */
export async function findGovernment(db: Db, id: number): Promise<GovernmentRow | null> {
  const [row] = await queryRows<{
    id: number;
    kode: string;
    nama: string;
    jenis: string;
    induk_id: number | null;
  }>(db, sql`select id, kode, nama, jenis, induk_id from instansi where id = ${id}`);
  return row ? { id: row.id, kode: row.kode, nama: row.nama, jenis: row.jenis, indukId: row.induk_id } : null;
}
