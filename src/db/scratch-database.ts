import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from './client.js';

/** The same server URL pointing at another database. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

async function onServer(url: string, statement: string): Promise<void> {
  const admin = await openDatabase({ engine: 'postgres', url, poolSize: 1 });
  try {
    await admin.db.execute(statement);
  } finally {
    await admin.close();
  }
}

/**
 * A throw-away database on the server of `url` (never the database `url` names), optionally cloned from a
 * template; `close` drops it. For benchmarks and tests, which must never write into real data.
 */
export async function createScratchPostgres(
  url: string,
  options: { prefix: string; template?: string },
): Promise<Database> {
  const name = `${options.prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(url, `CREATE DATABASE ${name}${options.template ? ` TEMPLATE ${options.template}` : ''}`);
  const database = await openDatabase({ engine: 'postgres', url: databaseUrl(url, name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await onServer(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A throw-away embedded database in a new folder (under `parent`, else the system's temp folder). */
export async function createScratchPglite(parent = os.tmpdir()): Promise<Database> {
  const dir = mkdtempSync(path.join(parent, 'talenta-scratch-'));
  const database = await openDatabase({ engine: 'pglite', dataDir: dir });
  return {
    ...database,
    close: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
