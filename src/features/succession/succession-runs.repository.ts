import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { successionCandidate, successionRun, successionSlate } from '../../db/schema/index.js';
import type { Slate } from '../../domain/succession/slate.js';
import type { Tx } from '../audit/audit.repository.js';

export type SuccessionRunRow = typeof successionRun.$inferSelect;

/** Writes a run with its slates and candidates (a few hundred rows per instansi, 500 per statement). */
export async function insertSuccessionRun(
  tx: Tx,
  run: Omit<typeof successionRun.$inferInsert, 'id' | 'createdAt'>,
  slates: readonly Slate[],
): Promise<SuccessionRunRow> {
  const [row] = await tx.insert(successionRun).values(run).returning();
  if (!row) throw new Error('insert succession_run returned nothing');
  const slateRows = slates.map((s) => ({
    instansiId: run.instansiId,
    runId: row.id,
    positionId: s.positionId,
    eligibleCount: s.eligibleCount,
    readyNowCount: s.readyNowCount,
    ineligibleCount: s.ineligibleCount,
    covered: s.covered,
    emergencyEmployeeId: s.emergencyEmployeeId,
    emergencyInstansiId: s.emergencyInstansiId,
    reasonCounts: s.reasonCounts,
  }));
  const candidateRows = slates.flatMap((s) =>
    s.entries.map((e) => ({
      instansiId: run.instansiId,
      runId: row.id,
      positionId: s.positionId,
      peringkat: e.rank,
      employeeId: e.employeeId,
      employeeInstansiId: e.instansiId,
      box: e.box,
      targetJpm: e.targetJpm,
      potentialScore: e.potentialScore,
      performanceScore: e.performanceScore,
      kesiapan: e.readiness,
      darurat: e.emergency,
    })),
  );
  for (let i = 0; i < slateRows.length; i += 500)
    await tx.insert(successionSlate).values(slateRows.slice(i, i + 500));
  for (let i = 0; i < candidateRows.length; i += 500)
    await tx.insert(successionCandidate).values(candidateRows.slice(i, i + 500));
  return row;
}

/** The current run: the latest computed on the instansi's latest published mapping. */
export async function findCurrentRun(db: Db, instansiId: number) {
  const [row] = await queryRows<{
    id: string;
    mapping_run_id: string;
    periode: number;
    settings: unknown;
    summary: unknown;
    evaluated: number;
    created_at: string | Date;
  }>(
    db,
    sql`select s.id, s.mapping_run_id, s.periode, s.settings, s.summary, s.evaluated, s.created_at
        from succession_run s join mapping_run m on m.instansi_id = s.instansi_id and m.id = s.mapping_run_id
        where s.instansi_id = ${instansiId} and m.status = 'PUBLISHED'
        order by m.periode desc, s.created_at desc limit 1`,
  );
  return row ?? null;
}

export type SlateSummaryRow = {
  position_id: string;
  kode: string;
  nama: string;
  jenjang: string;
  alasan_kritikal: string | null;
  unit_nama: string | null;
  eligible_count: number;
  ready_now_count: number;
  ineligible_count: number;
  covered: boolean;
  reason_counts: Record<string, number>;
  emergency_nip: string | null;
  emergency_nama: string | null;
  /** The emergency successor's government when not the slate's own (provincial pool). */
  emergency_instansi_kode: string | null;
};

/** Every slate of a run with its key position (kode order), optionally one position by kode. */
export async function findSlates(db: Db, instansiId: number, runId: string, kode?: string) {
  return queryRows<SlateSummaryRow>(
    db,
    sql`select s.position_id, p.kode, p.nama, p.jenjang, p.alasan_kritikal, u.nama as unit_nama,
               s.eligible_count, s.ready_now_count, s.ineligible_count, s.covered, s.reason_counts,
               e.nip as emergency_nip, e.nama as emergency_nama, gi.kode as emergency_instansi_kode
        from succession_slate s
        join position p on p.instansi_id = s.instansi_id and p.id = s.position_id
        left join unit u on u.instansi_id = p.instansi_id and u.id = p.unit_id
        left join employee e on e.instansi_id = coalesce(s.emergency_instansi_id, s.instansi_id)
          and e.id = s.emergency_employee_id
        left join instansi gi on gi.id = s.emergency_instansi_id
        where s.instansi_id = ${instansiId} and s.run_id = ${runId}
        ${kode === undefined ? sql`` : sql`and p.kode = ${kode}`}
        order by p.kode`,
  );
}

export type CandidateRow = {
  position_id: string;
  peringkat: number;
  employee_id: string;
  nip: string;
  nama: string;
  jabatan_nama: string;
  jenjang: string;
  unit_nama: string | null;
  box: number;
  target_jpm: number;
  potential_score: number;
  performance_score: number;
  kesiapan: string;
  darurat: boolean;
  /** The candidate's government when not the slate's own (provincial pool, rules.md §6); else null. */
  employee_instansi_id: number | null;
  instansi_kode: string | null;
  instansi_nama: string | null;
};

/**
 * Slate candidates of a run (all positions, or one), by position then rank. A candidate drawn from a
 * kabupaten/kota (provincial pool) is read from that government's employees, with its kode and name.
 */
export async function findCandidates(db: Db, instansiId: number, runId: string, positionId?: string) {
  return queryRows<CandidateRow>(
    db,
    sql`select c.position_id, c.peringkat, c.employee_id, e.nip, e.nama, e.jabatan_nama, e.jenjang,
               u.nama as unit_nama, c.box, c.target_jpm, c.potential_score, c.performance_score, c.kesiapan,
               c.darurat, c.employee_instansi_id, gi.kode as instansi_kode, gi.nama as instansi_nama
        from succession_candidate c
        join employee e on e.instansi_id = coalesce(c.employee_instansi_id, c.instansi_id) and e.id = c.employee_id
        left join unit u on u.instansi_id = e.instansi_id and u.id = e.unit_id
        left join instansi gi on gi.id = c.employee_instansi_id
        where c.instansi_id = ${instansiId} and c.run_id = ${runId}
        ${positionId === undefined ? sql`` : sql`and c.position_id = ${positionId}`}
        order by c.position_id, c.peringkat`,
  );
}

/**
 * Holders of the key positions (the employees whose position is the catalogue position), with their birth
 * data; of the positions `positionIds` instead when given (the position register's page).
 */
export async function findIncumbents(db: Db, instansiId: number, positionIds?: readonly string[]) {
  const which =
    positionIds === undefined ? sql`p.is_key` : sql`p.id = any(${`{${positionIds.join(',')}}`}::uuid[])`;
  return queryRows<{
    position_id: string;
    employee_id: string;
    nip: string;
    nama: string;
    tgl_lahir: string | null;
    kedudukan: string | null;
  }>(
    db,
    sql`select e.position_id, e.id as employee_id, e.nip, e.nama, e.tgl_lahir::text as tgl_lahir, e.kedudukan
        from employee e join position p on p.instansi_id = e.instansi_id and p.id = e.position_id
        where e.instansi_id = ${instansiId} and ${which} order by e.position_id, e.nip`,
  );
}

export type PersonSlateRow = {
  kode: string;
  nama: string;
  jenjang: string;
  unit_nama: string | null;
  peringkat: number;
  kesiapan: string;
  darurat: boolean;
};

/**
 * The key positions whose slate of a run (of `slateInstansiId`) lists one person of `employeeInstansiId`, in
 * one statement (best rank first). The two differ for a province's JPT slate drawing on its kabupaten/kota.
 */
export async function findSlatesOfPerson(
  db: Db,
  slateInstansiId: number,
  runId: string,
  employeeInstansiId: number,
  employeeId: string,
) {
  return queryRows<PersonSlateRow>(
    db,
    sql`select p.kode, p.nama, p.jenjang, u.nama as unit_nama, c.peringkat, c.kesiapan, c.darurat
        from succession_candidate c
        join position p on p.instansi_id = c.instansi_id and p.id = c.position_id
        left join unit u on u.instansi_id = p.instansi_id and u.id = p.unit_id
        where c.instansi_id = ${slateInstansiId} and c.run_id = ${runId} and c.employee_id = ${employeeId}
          and coalesce(c.employee_instansi_id, c.instansi_id) = ${employeeInstansiId}
        order by c.peringkat, p.kode`,
  );
}
