import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.js';

/** The same server URL pointing at another database. */
export function adminUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

export type TestEngine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL was set (see test/global-setup.ts). */
export function testEngines(): TestEngine[] {
  return inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database of the given engine, private to the caller; `close` drops it. */
export async function createTestDatabase(engine: TestEngine): Promise<Database> {
  if (engine === 'pglite') {
    const blob = new Blob([readFileSync(inject('pgliteTemplate'))]);
    return openDatabase({ engine: 'pglite-memory', loadDataDir: blob });
  }
  const url = inject('postgresUrl');
  const name = `talenta_test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ engine: 'postgres', url, poolSize: 1 });
  try {
    await admin.db.execute(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  } finally {
    await admin.close();
  }
  const database = await openDatabase({ engine: 'postgres', url: adminUrl(url, name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      const a = await openDatabase({ engine: 'postgres', url, poolSize: 1 });
      await a.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.close();
    },
  };
}

/**
 * Runs a database suite once per engine (architecture.md: the DB tests run on PGlite and on PostgreSQL 15).
 * `body` receives a getter for the suite's database, created before its tests and dropped after them.
 */
export function describeDb(name: string, body: (db: () => Database, engine: TestEngine) => void): void {
  for (const engine of testEngines()) {
    describe(`${name} [${engine}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await database?.close();
      });
      body(() => {
        if (!database) throw new Error('database not ready');
        return database;
      }, engine);
    });
  }
}
