import { foreignKey, integer, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { employee } from './employees.js';
import { instansi } from './instansi.js';

/** Columns every employee-owned record shares: tenant, id and owner. */
export function employeeOwnedColumns() {
  return {
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id),
    id: uuid('id').notNull().defaultRandom(),
    employeeId: uuid('employee_id').notNull(),
  };
}

/** The owner's foreign key, tenant-inclusive (ready for Citus co-location by instansi_id). */
export function ownedByEmployee(t: { instansiId: AnyPgColumn; employeeId: AnyPgColumn }) {
  return foreignKey({
    columns: [t.instansiId, t.employeeId],
    foreignColumns: [employee.instansiId, employee.id],
  }).onDelete('cascade');
}
