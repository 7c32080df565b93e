import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.js';
import { createScratchPostgres, databaseUrl } from '../src/db/scratch-database.js';

/** The same server URL pointing at another database (re-exported for the test files). */
export const adminUrl = databaseUrl;

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
  return createScratchPostgres(inject('postgresUrl'), {
    prefix: 'talenta_test',
    template: inject('postgresTemplate'),
  });
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
