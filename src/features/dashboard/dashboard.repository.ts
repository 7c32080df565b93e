import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import type { PersonScope } from '../auth/policies/access.js';
import { personScopeCondition } from '../auth/scope.repository.js';

/**
 * The run a dashboard shows for an instansi: the latest published one (highest year, then newest), else the
 * latest run of any status. As an SQL ordering so that one `distinct on` picks it for many instansi at once.
 */
const SHOWN_RUN_ORDER = sql`(status = 'PUBLISHED') desc, periode desc, started_at desc`;

export type ProvinceRow = {
  kode: string;
  nama: string;
  jenis: string;
  induk_kode: string | null;
  pegawai: number;
  run_periode: number | null;
  run_status: string | null;
  run_started_at: Date | string | null;
  /** The run's summary (features/mapping/mapping-summary.ts), as stored. */
  run_summary: unknown;
};

const idList = (ids: readonly number[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * Every instansi of `ids` with its employee count and the run its dashboard shows (with that run's stored
 * summary): one statement, whatever the number of instansi. Parents first, then by code.
 */
export async function findProvinceRows(db: Db, ids: readonly number[]): Promise<ProvinceRow[]> {
  if (ids.length === 0) return [];
  return queryRows<ProvinceRow>(
    db,
    sql`with counts as (
       select instansi_id, count(*)::int as n from employee
       where instansi_id in (${idList(ids)}) group by instansi_id
     ), shown as (
       select distinct on (instansi_id) instansi_id, periode, status, started_at, summary
       from mapping_run where instansi_id in (${idList(ids)})
       order by instansi_id, ${SHOWN_RUN_ORDER}
     )
     select i.kode, i.nama, i.jenis, p.kode as induk_kode, coalesce(c.n, 0)::int as pegawai,
            s.periode as run_periode, s.status as run_status, s.started_at as run_started_at,
            s.summary as run_summary
     from instansi i
     left join instansi p on p.id = i.induk_id
     left join counts c on c.instansi_id = i.id
     left join shown s on s.instansi_id = i.id
     where i.id in (${idList(ids)})
     order by i.induk_id is not null, i.kode`,
  );
}

export type RunRow = {
  id: string;
  periode: number;
  status: string;
  rule_set_hash: string;
  rule_set_kode: string | null;
  rule_set_version: number | null;
  started_at: Date | string;
  finished_at: Date | string | null;
  published_at: Date | string | null;
};

/** The run a dashboard shows (see SHOWN_RUN_ORDER) and the most recent run, in one statement. */
export async function findShownAndLatestRuns(
  db: Db,
  instansiId: number,
): Promise<{ shown?: RunRow; latest?: RunRow }> {
  const rows = await queryRows<RunRow & { role: 'shown' | 'latest' }>(
    db,
    sql`with runs as (
       select r.id, r.periode, r.status, r.rule_set_hash, r.started_at, r.finished_at, r.published_at,
              rs.kode as rule_set_kode, v.version as rule_set_version
       from mapping_run r
       left join rule_set_version v on v.id = r.rule_set_version_id
       left join rule_set rs on rs.id = v.rule_set_id
       where r.instansi_id = ${instansiId}
     )
     (select 'shown' as role, * from runs order by ${SHOWN_RUN_ORDER} limit 1)
     union all
     (select 'latest' as role, * from runs order by started_at desc limit 1)`,
  );
  return { shown: rows.find((r) => r.role === 'shown'), latest: rows.find((r) => r.role === 'latest') };
}

export type UnitBoxRow = {
  /** Null for people outside every top-level unit (no unit, or placed on the single root itself). */
  unor_id: string | null;
  nama: string | null;
  box: number | null;
  n: number;
};

/**
 * Counts of a run's results per top-level unit and box (box null: not mapped), within the actor's reach.
 * Top-level units are those of the first level, or of the second when the tree has a single root (the
 * government itself with its OPDs below), as the demo accounts define them.
 */
export async function findUnitBoxCounts(
  db: Db,
  instansiId: number,
  runId: string,
  scope: PersonScope,
): Promise<UnitBoxRow[]> {
  return queryRows<UnitBoxRow>(
    db,
    sql`with roots as (
       select count(*) as n from unit where instansi_id = ${instansiId} and parent_id is null
     ), tops as (
       select u.id, u.unor_id, u.nama, u.path from unit u, roots r
       where u.instansi_id = ${instansiId}
         and ((r.n > 1 and u.parent_id is null)
           or (r.n = 1 and u.parent_id in (
                 select p.id from unit p where p.instansi_id = ${instansiId} and p.parent_id is null)))
     ), res as (
       select r.box, e.unit_id from mapping_result r
       join employee e on e.instansi_id = r.instansi_id and e.id = r.employee_id
       where r.instansi_id = ${instansiId} and r.run_id = ${runId}::uuid and ${personScopeCondition(scope)}
     )
     select t.unor_id, t.nama, res.box, count(*)::int as n
     from res
     left join unit u on u.instansi_id = ${instansiId} and u.id = res.unit_id
     left join tops t on u.path is not null and starts_with(u.path, t.path)
     group by t.unor_id, t.nama, res.box
     order by t.nama nulls last, res.box`,
  );
}

/** The employee a Pegawai account is linked to (its own instansi only). */
export async function findOwnEmployee(db: Db, instansiId: number, employeeId: string) {
  const [row] = await queryRows<{ nip: string; nama: string; instansi_kode: string }>(
    db,
    sql`select e.nip, e.nama, i.kode as instansi_kode from employee e
        join instansi i on i.id = e.instansi_id
        where e.instansi_id = ${instansiId} and e.id = ${employeeId}::uuid`,
  );
  return row;
}
