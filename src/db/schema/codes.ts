import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Closed code lists stored in the data (architecture.md §3: codes, not labels). The domain owns them and
 * their meaning; the database only refuses values outside the list (CHECK constraints). A change to a list
 * needs a migration: `npx drizzle-kit generate`.
 */
export {
  EDUCATION_CODES,
  JENJANG_CODES,
  PREDIKAT_CODES,
  RATING_CODES,
  SEVERITY_CODES,
} from '../../domain/codes.js';

/** `column in ('A','B',…)` for a CHECK constraint over a code list. */
export function inList(column: AnyPgColumn, codes: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(codes.map((c) => `'${c}'`).join(','))})`;
}
