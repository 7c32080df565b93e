import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { PACKAGE_ROOT } from '../platform/config.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** Either engine, seen through drizzle's common PostgreSQL interface. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  engine: Engine;
  /** Where the data lives, for messages: a folder or a server URL without its password. */
  location: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * Raw SQL on the app's own connection(s), for pg-boss (platform/jobs): the pool on PostgreSQL, the one
   * PGlite client otherwise. Several statements in one text run as one script (pg-boss's locked blocks).
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
};

export const MIGRATIONS_FOLDER = path.join(PACKAGE_ROOT, 'src', 'db', 'migrations');

export type OpenOptions =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'pglite'; dataDir: string }
  /** An in-memory PGlite (tests), optionally from a dumped data folder. */
  | { engine: 'pglite-memory'; loadDataDir?: Blob | File };

/**
 * Opens the database. PGlite is the embedded default, locked to this process; a PostgreSQL server is
 * chosen by a URL (DATABASE_URL). Use `drizzle-orm/pglite` for PGlite: drizzle's pg driver over PGlite's
 * pg adapter hangs (architecture.md §1).
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.engine === 'postgres') return openPostgres(options.url, options.poolSize ?? 10);
  let lock: DataDirLock | undefined;
  let client: PGlite;
  if (options.engine === 'pglite') {
    lock = lockDataDir(options.dataDir);
    try {
      client = await PGlite.create({ dataDir: options.dataDir });
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    location: options.engine === 'pglite' ? options.dataDir : 'memori',
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      await client.close();
      lock?.release();
    },
    executeSql: (text, values) => pgliteExecuteSql(client, text, values),
  };
}

/** A script pg-boss wraps in BEGIN … COMMIT to hold an advisory lock (pg-boss plans.js `locked`). */
const LOCKED_SCRIPT = /^\s*BEGIN;([\s\S]*)COMMIT;\s*$/;

/**
 * pg-boss on PGlite's single connection. Parameterised statements go through `query`; scripts through
 * `exec`. A BEGIN … COMMIT script runs inside PGlite's own transaction, so that a failure in it rolls back
 * instead of leaving the one shared connection in an aborted transaction, and no other query interleaves.
 */
async function pgliteExecuteSql(
  client: PGlite,
  text: string,
  values?: unknown[],
): Promise<{ rows: unknown[] }> {
  if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
  const locked = LOCKED_SCRIPT.exec(text);
  const results = locked ? await client.transaction((tx) => tx.exec(locked[1]!)) : await client.exec(text);
  const withRows = results.filter((r) => r.fields.length > 0);
  return { rows: withRows.at(-1)?.rows ?? [] };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server ends (restart, administrator, DROP DATABASE … FORCE) is dropped from
  // the pool and the next query opens another; without a listener Node would treat it as a crash.
  pool.on('error', () => undefined);
  // Fail fast with a clear message rather than at the first query.
  const probe = await pool.connect().catch(async (error: unknown) => {
    await pool.end();
    throw new Error(`Tidak bisa terhubung ke PostgreSQL di ${redactUrl(url)}: ${(error as Error).message}`);
  });
  probe.release();
  const db = drizzlePg({ client: pool, schema });
  return {
    db: db as unknown as Db,
    engine: 'postgres',
    location: redactUrl(url),
    migrate: () => migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => pool.end(),
    executeSql: (text, values) => pool.query(text, values),
  };
}

/** A connection URL without its password, safe for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
