import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.js';
import { adminUrl } from './db-engines.js';

/**
 * Prepares one migrated database per engine for the whole run: a dumped PGlite data folder that each test
 * file loads into memory, and (when TEST_DATABASE_URL is set) a PostgreSQL template database that each test
 * file clones with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = await openDatabase({ engine: 'pglite-memory' });
  await template.migrate();
  const dump = await (
    template.db as unknown as { $client: import('@electric-sql/pglite').PGlite }
  ).$client.dumpDataDir('none');
  await template.close();
  const file = path.join(os.tmpdir(), `talenta-test-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);

  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log(
      'ℹ PostgreSQL suite skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run every database test on a PostgreSQL server too.',
    );
    project.provide('postgresUrl', '');
    project.provide('postgresTemplate', '');
    return async () => {};
  }
  // One template per run, so that concurrent runs on the same server never drop each other's.
  const POSTGRES_TEMPLATE_DB = `talenta_test_template_${process.pid}`;
  project.provide('postgresTemplate', POSTGRES_TEMPLATE_DB);
  const admin = await openDatabase({ engine: 'postgres', url, poolSize: 1 });
  await admin.db.execute(`DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE_DB} WITH (FORCE)`);
  await admin.db.execute(`CREATE DATABASE ${POSTGRES_TEMPLATE_DB}`);
  await admin.close();
  const tpl = await openDatabase({
    engine: 'postgres',
    url: adminUrl(url, POSTGRES_TEMPLATE_DB),
    poolSize: 1,
  });
  await tpl.migrate();
  await tpl.close();
  project.provide('postgresUrl', url);
  return async () => {
    const a = await openDatabase({ engine: 'postgres', url, poolSize: 1 });
    await a.db.execute(`DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE_DB} WITH (FORCE)`);
    await a.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string;
    postgresTemplate: string;
  }
}
