import type { Db } from '../../../db/client.js';
import { quote } from '../fields.js';
import { findEmployeeIdsByNip } from '../import-lookups.repository.js';
import type { FieldIssue } from '../import-types.js';

/** Context of kinds whose rows belong to an employee: the instansi's NIP → employee id map. */
export type EmployeeContext = { employeeIds: Map<string, string> };

export async function loadEmployees(db: Db, instansiId: number): Promise<EmployeeContext> {
  return { employeeIds: await findEmployeeIdsByNip(db, instansiId) };
}

/**
 * The employee a row refers to; an unknown NIP is an error (`PEGAWAI_TIDAK_DITEMUKAN`), never a silent skip
 * (import-format.md §3).
 */
export function employeeOf(
  context: EmployeeContext,
  nip: string,
  column = 'nipBaru',
): { ok: true; id: string } | { ok: false; errors: FieldIssue[] } {
  const id = context.employeeIds.get(nip);
  if (id !== undefined) return { ok: true, id };
  return {
    ok: false,
    errors: [
      {
        column,
        code: 'PEGAWAI_TIDAK_DITEMUKAN',
        message: `${quote(nip)} tidak ada di data pegawai instansi ini (PEGAWAI_TIDAK_DITEMUKAN). Impor pegawai dulu, atau perbaiki NIP.`,
      },
    ],
  };
}
