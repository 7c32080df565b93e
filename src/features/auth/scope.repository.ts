import { sql, type SQL } from 'drizzle-orm';
import type { PersonScope } from './policies/access.js';

/**
 * A person scope (policies/access.ts) as an SQL condition on an employee row aliased `e`: the employee
 * itself (PEGAWAI), or the employees of a unit subtree (`unit.path` prefix). `true` for the whole instansi;
 * the instansi itself is the caller's `where e.instansi_id = …`.
 */
export function personScopeCondition(scope: PersonScope = {}): SQL {
  const parts: SQL[] = [];
  if (scope.employeeId !== undefined) parts.push(sql`e.id = ${scope.employeeId}::uuid`);
  if (scope.unitPath !== undefined) {
    parts.push(sql`exists (select 1 from unit su
      where su.instansi_id = e.instansi_id and su.id = e.unit_id and starts_with(su.path, ${scope.unitPath}))`);
  }
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}
