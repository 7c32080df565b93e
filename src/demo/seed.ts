import { AppError } from '../platform/errors.js';
import { getTableColumns, inArray, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { instansi } from '../db/schema/index.js';
import { generateInstansiBatches } from './generate.js';
import { DEMO_TABLE_NAMES, DEMO_TABLES, type DemoBatch, type DemoTable } from './rows.js';
import { instansiForScale, type DemoScale } from './scales.js';

export type { DemoScale } from './scales.js';

export interface SeedProgress {
  /** Kode of the instansi just written. */
  instansi: string;
  done: number;
  total: number;
  /** Employees written so far, all instansi. */
  employees: number;
}

export interface SeedOptions {
  scale: DemoScale;
  /** Default 1: the same seed and scale give identical data. */
  seed?: number;
  /** Reference year Y of the demo (SKP of Y−1 and Y, assessments dated up to 31 Dec Y). Default 2025. */
  year?: number;
  onProgress?: (p: SeedProgress) => void;
  /** Only these instansi kodes of the scale. */
  only?: string[];
}

export interface SeedResult {
  instansi: number;
  employees: number;
  rows: Record<string, number>;
  seconds: number;
}

export const DEFAULT_DEMO_SEED = 1;
export const DEFAULT_DEMO_YEAR = 2025;

/** Rows per INSERT statement: one JSON parameter each, so PostgreSQL's 65,535-parameter limit never applies. */
const MAX_ROWS = 5_000;

interface TableSql {
  name: string;
  columns: Map<string, string>;
}

const tableSql = new Map<DemoTable, TableSql>();

function sqlOf(table: DemoTable): TableSql {
  let found = tableSql.get(table);
  if (!found) {
    const t = DEMO_TABLES[table] as PgTable;
    const columns = new Map(Object.entries(getTableColumns(t)).map(([key, col]) => [key, col.name]));
    found = { name: getTableConfig(t).name, columns };
    tableSql.set(table, found);
  }
  return found;
}

/**
 * Inserts a batch as `INSERT … SELECT … FROM json_populate_recordset(…)` with the rows as one JSON parameter.
 * Measured on PGlite, drizzle's multi-row `insert().values()` spends ~80 µs per row building the statement
 * and its parameters; one JSON parameter is ~3× faster on both engines. Columns left out (defaults such as
 * `updated_at`) keep their defaults.
 */
async function insertBatch(db: Db, batch: DemoBatch, counts: Record<string, number>): Promise<void> {
  const rows = batch.rows as Record<string, unknown>[];
  const first = rows[0];
  if (!first) return;
  const { name, columns } = sqlOf(batch.table);
  const keys = Object.keys(first);
  const names = keys.map((k) => {
    const column = columns.get(k);
    if (!column) throw new Error(`Kolom ${k} tidak ada di tabel ${name}.`);
    return column;
  });
  const list = sql.raw(names.map((c) => `"${c}"`).join(', '));
  for (let i = 0; i < rows.length; i += MAX_ROWS) {
    const json = JSON.stringify(
      rows.slice(i, i + MAX_ROWS).map((row) => {
        const out: Record<string, unknown> = {};
        keys.forEach((k, j) => (out[names[j] as string] = row[k] ?? null));
        return out;
      }),
    );
    await db.execute(
      sql`insert into ${sql.identifier(name)} (${list}) select ${list} from json_populate_recordset(null::${sql.identifier(name)}, ${json}::json)`,
    );
  }
  counts[batch.table] = (counts[batch.table] ?? 0) + rows.length;
}

/**
 * Writes the demo: the instansi of a scale, one after the other, each in its own transaction, streaming its
 * rows so that memory stays flat even at national scale. Refuses when any of those instansi already exists,
 * so a demo is never mixed into real data or seeded twice.
 */
export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const year = options.year ?? DEFAULT_DEMO_YEAR;
  let specs = instansiForScale(options.scale);
  if (options.only) {
    const wanted = new Set(options.only);
    const unknown = options.only.filter((k) => !specs.some((s) => s.kode === k));
    if (unknown.length > 0) {
      throw new AppError(
        'VALIDATION',
        `Instansi demo tidak dikenal pada skala "${options.scale}": ${unknown.join(', ')}.`,
      );
    }
    specs = specs.filter((s) => wanted.has(s.kode));
  }
  const kodes = specs.map((s) => s.kode);
  const existing = new Map<string, number>();
  // One query per ≤ 1,000 kodes (national scale has ≈ 600), also to learn the ids of existing parents.
  const lookup = [...new Set([...kodes, ...specs.flatMap((s) => (s.indukKode ? [s.indukKode] : []))])];
  for (let i = 0; i < lookup.length; i += 1000) {
    const found = await db
      .select({ id: instansi.id, kode: instansi.kode })
      .from(instansi)
      .where(inArray(instansi.kode, lookup.slice(i, i + 1000)));
    for (const row of found) existing.set(row.kode, row.id);
  }
  const clash = kodes.filter((k) => existing.has(k));
  if (clash.length > 0) {
    const shown =
      clash.slice(0, 5).join(', ') + (clash.length > 5 ? `, dan ${clash.length - 5} lainnya` : '');
    throw new AppError(
      'CONFLICT',
      `Data demo tidak dibuat: instansi ${shown} sudah ada di basis data. ` +
        'Data demo hanya dapat dimuat ke basis data yang belum berisi instansi tersebut; ' +
        'gunakan basis data kosong (folder data baru atau DATABASE_URL lain).',
    );
  }

  const rows: Record<string, number> = { instansi: 0 };
  for (const t of DEMO_TABLE_NAMES) rows[t] = 0;
  let employees = 0;
  let done = 0;
  for (const spec of specs) {
    await db.transaction(async (tx) => {
      const indukId = spec.indukKode ? (existing.get(spec.indukKode) ?? null) : null;
      const [created] = await tx
        .insert(instansi)
        .values({ kode: spec.kode, nama: spec.nama, jenis: spec.jenis, indukId })
        .returning({ id: instansi.id });
      if (!created) throw new Error(`Instansi ${spec.kode} gagal dibuat.`);
      existing.set(spec.kode, created.id);
      // One insert in flight while the next batch is generated: on a server the two overlap.
      let pending: Promise<void> | null = null;
      try {
        for (const batch of generateInstansiBatches(spec, { seed, year, instansiId: created.id })) {
          if (pending) await pending;
          pending = insertBatch(tx, batch, rows);
        }
        await pending;
      } catch (error) {
        // Settle the insert in flight before the transaction rolls back; report the first failure.
        await pending?.catch(() => undefined);
        throw error;
      }
    });
    rows.instansi = (rows.instansi ?? 0) + 1;
    employees += spec.employees;
    done++;
    options.onProgress?.({ instansi: spec.kode, done, total: specs.length, employees });
  }
  // Planner statistics and the visibility map for the tables just filled: PGlite runs no autovacuum, and a
  // server's comes too late for the first requests. Without statistics the employee list planned a
  // 12,000 × 12,000 nested loop (27 s); without the visibility map its count reads the heap (8× slower).
  // Only the employee table is vacuumed (its count is the one the list needs): it keeps the demo start short.
  await db.execute(sql`vacuum employee`);
  await db.execute(sql`analyze`);
  return {
    instansi: specs.length,
    employees: rows.employee ?? 0,
    rows,
    seconds: (performance.now() - started) / 1000,
  };
}
