import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.js';
import { queryRows } from './query.js';

/**
 * Bulk reads for the hot paths (mapping runs, slates): the query packs all its rows into ONE text value —
 * fields joined by the ASCII unit separator (31), records by the record separator (30) — which the client
 * splits. PGlite materialises a result row by row in JavaScript, so one value instead of 100,000 rows is an
 * order of magnitude faster there, and no slower on a server.
 *
 * `fields` are SQL expressions that must not be NULL (use `coalesce(x::text, '')`, see `packText`) and must
 * not contain the two separators (codes, numbers, dates and JSON never do; free text goes through
 * `packText`, which removes them).
 */
export async function queryPacked(
  db: Pick<Db, 'execute'>,
  fields: SQL[],
  from: SQL,
  orderBy?: SQL,
): Promise<string[][]> {
  const record = sql.join(fields, sql`, `);
  const order = orderBy ? sql` order by ${orderBy}` : sql``;
  const [row] = await queryRows<{ packed: string | null }>(
    db,
    sql`select string_agg(concat_ws(chr(31), ${record}), chr(30)${order}) as packed ${from}`,
  );
  if (!row?.packed) return [];
  return row.packed.split('\x1e').map((r) => r.split('\x1f'));
}

/** A nullable value as packed text: NULL becomes '' (read back with `orNull`). */
export const packText = (expression: SQL): SQL =>
  sql`coalesce(translate((${expression})::text, chr(30) || chr(31), ''), '')`;

/** '' (a packed NULL) as null. */
export const orNull = (value: string | undefined): string | null =>
  value === undefined || value === '' ? null : value;

/** A packed number, or null. */
export const numOrNull = (value: string | undefined): number | null =>
  value === undefined || value === '' ? null : Number(value);
