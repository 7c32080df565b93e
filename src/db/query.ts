import type { SQL } from 'drizzle-orm';
import type { Db } from './client.js';

/**
 * Runs raw SQL and returns its rows. Both drivers (PGlite and node-postgres) answer `execute` with an
 * object that has `rows`; drizzle's common type cannot say so, hence this one cast in one place.
 */
export async function queryRows<T>(db: Pick<Db, 'execute'>, query: SQL | string): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
