import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import type { PersonScope } from '../auth/policies/access.js';
import { findOfficialRun } from '../mapping/nine-box.repository.js';
import {
  findEmployeePage,
  findUnitPath,
  type EmployeeListRow,
  type EmployeeSort,
} from './employee-list.repository.js';

export type EmployeeListQuery = {
  cari?: string | undefined;
  unit?: string | undefined;
  jenjang?: string | undefined;
  periode?: number | undefined;
  kotak?: number | undefined;
  halaman: number;
  ukuran: number;
  urut: string;
};

const summarySchema = z.object({
  total: z.number().int(),
  mapped: z.number().int(),
  perBox: z.record(z.string(), z.number().int()),
});

/** How many of a whole run are in a box (0: not mapped), from its summary; undefined when unreadable. */
function boxTotal(summary: unknown, box: number): number | undefined {
  const parsed = summarySchema.safeParse(summary);
  if (!parsed.success) return undefined;
  return box === 0 ? parsed.data.total - parsed.data.mapped : (parsed.data.perBox[String(box)] ?? 0);
}

/** `nama`, `-nama` (descending), … as the repository's sort. */
function parseSort(urut: string): { sort: EmployeeSort; descending: boolean } {
  const descending = urut.startsWith('-');
  return { sort: (descending ? urut.slice(1) : urut) as EmployeeSort, descending };
}

/** The unit subtree a `unit` filter names (its id or SIASN unor id); an unknown unit is a 404. */
export async function unitPathOf(db: Db, instansiId: number, unit: string | undefined) {
  if (unit === undefined) return undefined;
  const path = await findUnitPath(db, instansiId, unit);
  if (!path) throw new AppError('NOT_FOUND', `Unit "${unit}" tidak ditemukan di instansi ini.`);
  return path;
}

/**
 * The actor's reach narrowed to a unit subtree (a filter): the deeper of the two paths. A unit beside the
 * actor's own subtree is out of reach and reads as not found.
 */
export function narrowToUnit(scope: PersonScope, unitPath: string | undefined): PersonScope {
  if (unitPath === undefined) return scope;
  if (scope.unitPath === undefined || unitPath.startsWith(scope.unitPath)) return { ...scope, unitPath };
  if (scope.unitPath.startsWith(unitPath)) return scope;
  throw new AppError('NOT_FOUND', 'Unit tidak ditemukan dalam jangkauan Anda.');
}

export function presentEmployee(r: EmployeeListRow) {
  return {
    nip: r.nip,
    nama: r.nama,
    gelarDepan: r.gelar_depan,
    gelarBelakang: r.gelar_belakang,
    jenisPegawai: r.jenis_pegawai,
    kedudukan: r.kedudukan,
    golongan: r.golongan,
    jabatan: r.jabatan_nama,
    jenjang: r.jenjang,
    unit: r.unit_id === null ? null : { id: r.unit_id, nama: r.unit_nama ?? '' },
    kotak: r.status === 'DIPETAKAN' ? r.box : null,
    statusPemetaan: r.status as 'DIPETAKAN' | 'TIDAK_DIPETAKAN' | null,
    nilaiKinerja: r.performance_score,
    nilaiPotensial: r.potential_score,
  };
}

/**
 * The employee list (and the people of a box): searched by NIP prefix or name, filtered by unit subtree,
 * job level and box of the official mapping of `periode` (the latest official one without it), sorted and
 * paginated in SQL. Only the people within `scope` (the actor's reach) are ever counted or listed.
 */
export async function listEmployees(
  db: Db,
  instansiId: number,
  query: EmployeeListQuery,
  scope: PersonScope,
) {
  const run = await findOfficialRun(db, instansiId, query.periode);
  if (query.kotak !== undefined && !run) {
    throw new AppError(
      'NOT_FOUND',
      query.periode === undefined
        ? 'Belum ada pemetaan resmi: filter kotak belum dapat dipakai.'
        : `Belum ada pemetaan resmi untuk ${query.periode}.`,
    );
  }
  const unitPath = await unitPathOf(db, instansiId, query.unit);
  const whole = !query.cari && !unitPath && !query.jenjang && !scope.unitPath && !scope.employeeId;
  const { rows, total } = await findEmployeePage(
    db,
    instansiId,
    { search: query.cari, unitPath, jenjang: query.jenjang, runId: run?.id ?? null, box: query.kotak },
    scope,
    { ...parseSort(query.urut), offset: (query.halaman - 1) * query.ukuran, limit: query.ukuran },
    whole && query.kotak !== undefined ? boxTotal(run?.summary, query.kotak) : undefined,
  );
  return {
    items: rows.map(presentEmployee),
    halaman: query.halaman,
    ukuran: query.ukuran,
    total,
    pemetaan: run ? { runId: run.id, periode: run.periode } : null,
  };
}
