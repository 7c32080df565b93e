import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { openDatabase, type Database } from '../db/client.js';
import { loadConfig, type Config } from '../platform/config.js';

export type GlobalOptions = { dataDir?: string };

/** The configuration for a command: the environment, with `--data-dir` winning over TALENTA_DATA_DIR. */
export function configFor(command: Command): Config {
  const { dataDir } = command.optsWithGlobals<GlobalOptions>();
  return loadConfig({ dataDir });
}

/** DATABASE_URL wins when set; otherwise the embedded PGlite in the data folder (locked to this process). */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ engine: 'postgres', url: config.databaseUrl })
    : openDatabase({ engine: 'pglite', dataDir: config.dataDir });
}

/** Opens and migrates the database, runs `work`, and always closes (which releases the folder lock). */
export async function withDatabase<T>(
  command: Command,
  work: (database: Database, config: Config) => Promise<T>,
) {
  const config = configFor(command);
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    return await work(database, config);
  } finally {
    await database.close();
  }
}

/** Who did it, for the audit log, until sign-in exists: the operating-system user at the console. */
export function cliActor(): string {
  return `cli:${userInfo().username}`;
}
