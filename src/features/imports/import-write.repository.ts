import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows } from '../../db/query.js';
import type { Tx } from '../audit/audit.repository.js';
import type { WriteCounts } from './import-types.js';

/** PostgreSQL type of a column as it travels in an `unnest` array (jsonb travels as text). */
export type PgType = 'text' | 'date' | 'int2' | 'int4' | 'float8' | 'bool' | 'uuid' | 'jsonb';
export type SqlValue = string | number | boolean | null;

export type UpsertColumn<R> = {
  /** The table's column (snake_case; a code constant, never user input). */
  name: string;
  type: PgType;
  value: (row: R) => SqlValue;
  /**
   * The file columns it comes from: it is updated on re-import only when the file has one of them, so a
   * file without `tglLahir` does not erase birth dates. Absent: always updated. Empty: never updated.
   */
  sources?: readonly string[];
};

export type UpsertTarget<R> = {
  table: string;
  /** The natural key after instansi_id (a unique constraint of the table). */
  key: readonly string[];
  columns: readonly UpsertColumn<R>[];
  /** The table has `updated_at`, set when a row changes. */
  touch?: boolean;
  /**
   * New rows get their uuid from here rather than the column default: gen_random_uuid() costs PGlite a call
   * out of WebAssembly per row (~40% of a bare insert). Ignored for rows that already exist.
   */
  newIds?: boolean;
};

const ARRAY_TYPE: Readonly<Record<PgType, string>> = {
  text: 'text[]',
  date: 'date[]',
  int2: 'int2[]',
  int4: 'int4[]',
  float8: 'float8[]',
  bool: 'bool[]',
  uuid: 'uuid[]',
  jsonb: 'text[]',
};

/**
 * Upserts one batch in one statement: `INSERT … SELECT FROM unnest(column arrays) ON CONFLICT (key) DO
 * UPDATE … WHERE (cols) IS DISTINCT FROM (excluded cols) RETURNING (xmax = 0)`, so a row that did not change
 * is neither rewritten nor returned. Created = returned and inserted; updated = returned otherwise;
 * unchanged = the rest. `extra` names more columns to return (e.g. the key).
 */
export async function upsertRows<R>(
  tx: Tx,
  instansiId: number,
  target: UpsertTarget<R>,
  rows: readonly R[],
  present: ReadonlySet<string>,
  extra: readonly string[] = [],
): Promise<{ counts: WriteCounts; returned: Record<string, unknown>[] }> {
  if (rows.length === 0) return { counts: { created: 0, updated: 0, unchanged: 0 }, returned: [] };
  const columns: readonly UpsertColumn<R>[] = target.newIds
    ? [{ name: 'id', type: 'uuid', value: () => randomUUID(), sources: [] }, ...target.columns]
    : target.columns;
  const names = columns.map((c) => c.name);
  // sql.param keeps each JS array one parameter (a bare array would be spread into a list).
  const arrays = columns.map((c) => sql`${sql.param(rows.map(c.value))}::${sql.raw(ARRAY_TYPE[c.type])}`);
  const selects = columns.map((c) => (c.type === 'jsonb' ? `u.${c.name}::jsonb` : `u.${c.name}`));
  const updatable = columns.filter(
    (c) => !target.key.includes(c.name) && (c.sources === undefined || c.sources.some((s) => present.has(s))),
  );
  let action: SQL = sql.raw('nothing');
  if (updatable.length > 0) {
    const set = updatable.map((c) => `${c.name} = excluded.${c.name}`);
    if (target.touch) set.push('updated_at = now()');
    const mine = updatable.map((c) => `t.${c.name}`).join(', ');
    const theirs = updatable.map((c) => `excluded.${c.name}`).join(', ');
    action = sql.raw(`update set ${set.join(', ')} where (${mine}) is distinct from (${theirs})`);
  }
  const returning = ['(xmax = 0) as inserted', ...extra.map((e) => `t.${e}`)].join(', ');
  const returned = await queryRows<Record<string, unknown> & { inserted: boolean }>(
    tx,
    sql`insert into ${sql.raw(target.table)} as t (instansi_id, ${sql.raw(names.join(', '))})
        select ${instansiId}::int, ${sql.raw(selects.join(', '))}
        from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(names.join(', '))})
        on conflict (instansi_id, ${sql.raw(target.key.join(', '))}) do ${action}
        returning ${sql.raw(returning)}`,
  );
  const created = returned.filter((r) => r.inserted).length;
  const updated = returned.length - created;
  return { counts: { created, updated, unchanged: rows.length - returned.length }, returned };
}

/** Sets the materialised path of units whose path changed because an ancestor moved. */
export async function updateUnitPaths(
  tx: Tx,
  instansiId: number,
  paths: ReadonlyArray<{ id: string; path: string }>,
): Promise<void> {
  if (paths.length === 0) return;
  await tx.execute(sql`
    update unit set path = u.path, updated_at = now()
    from unnest(${sql.param(paths.map((p) => p.id))}::uuid[], ${sql.param(paths.map((p) => p.path))}::text[])
      as u(id, path)
    where unit.instansi_id = ${instansiId} and unit.id = u.id and unit.path is distinct from u.path`);
}

/**
 * Makes each named employee the holder of a position (`nipPemangku`): sets their position_id. Returns the
 * kodes of the positions whose holder assignment changed.
 */
export async function assignPositionHolders(
  tx: Tx,
  instansiId: number,
  holders: ReadonlyArray<{ nip: string; kode: string }>,
): Promise<string[]> {
  if (holders.length === 0) return [];
  const rows = await queryRows<{ kode: string }>(
    tx,
    sql`update employee e set position_id = p.id, updated_at = now()
        from unnest(${sql.param(holders.map((h) => h.nip))}::text[], ${sql.param(holders.map((h) => h.kode))}::text[])
          as u(nip, kode)
        join position p on p.instansi_id = ${instansiId} and p.kode = u.kode
        where e.instansi_id = ${instansiId} and e.nip = u.nip and e.position_id is distinct from p.id
        returning u.kode`,
  );
  return rows.map((r) => r.kode);
}
