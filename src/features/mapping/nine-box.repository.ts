import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import type { PersonScope } from '../auth/policies/access.js';
import { personScopeCondition } from '../auth/scope.repository.js';

export type PublishedRunRow = {
  id: string;
  periode: number;
  rule_set_hash: string;
  rule_set_version_id: string;
  published_at: string | null;
  summary: unknown;
};

const RUN_COLUMNS = sql`id, periode, rule_set_hash, rule_set_version_id, published_at::text, summary`;

/** The official run of a year, or (without a year) of the latest year that has one. */
export async function findOfficialRun(
  db: Db,
  instansiId: number,
  periode: number | undefined,
): Promise<PublishedRunRow | undefined> {
  const year = periode === undefined ? sql`` : sql`and periode = ${periode}`;
  const [row] = await queryRows<PublishedRunRow>(
    db,
    sql`select ${RUN_COLUMNS} from mapping_run
        where instansi_id = ${instansiId} and status = 'PUBLISHED' ${year}
        order by periode desc limit 1`,
  );
  return row;
}

export type BoxFilter = { unitPath?: string | undefined; jenjang?: string | undefined };

/** Results of a run restricted to a filter and a person scope; the employee join only when needed. */
function resultsOf(instansiId: number, runId: string, filter: BoxFilter, scope: PersonScope): SQL {
  const needsEmployee =
    filter.unitPath !== undefined || scope.unitPath !== undefined || scope.employeeId !== undefined;
  const parts: SQL[] = [sql`r.instansi_id = ${instansiId}`, sql`r.run_id = ${runId}::uuid`];
  // The job level the run used (the person's level in that year), not today's.
  if (filter.jenjang) parts.push(sql`r.jenjang = ${filter.jenjang}`);
  if (!needsEmployee) return sql`from mapping_result r where ${sql.join(parts, sql` and `)}`;
  parts.push(personScopeCondition(scope));
  if (filter.unitPath) {
    parts.push(sql`exists (select 1 from unit fu where fu.instansi_id = e.instansi_id and fu.id = e.unit_id
      and starts_with(fu.path, ${filter.unitPath}))`);
  }
  return sql`from mapping_result r
    join employee e on e.instansi_id = r.instansi_id and e.id = r.employee_id
    where ${sql.join(parts, sql` and `)}`;
}

/** Count per box (null = not mapped) of a run's results within a filter and scope. */
export async function countByBox(
  db: Db,
  instansiId: number,
  runId: string,
  filter: BoxFilter,
  scope: PersonScope,
): Promise<{ box: number | null; n: number }[]> {
  return queryRows<{ box: number | null; n: number }>(
    db,
    sql`select case when r.status = 'DIPETAKAN' then r.box end as box, count(*)::int as n
        ${resultsOf(instansiId, runId, filter, scope)}
        group by 1`,
  );
}

/** How many of the not-mapped results carry each reason (one person may carry several). */
export async function countReasons(
  db: Db,
  instansiId: number,
  runId: string,
  filter: BoxFilter,
  scope: PersonScope,
): Promise<{ reason: string; n: number }[]> {
  return queryRows<{ reason: string; n: number }>(
    db,
    sql`select reason, count(*)::int as n
        from (select unnest(r.reasons) as reason ${resultsOf(instansiId, runId, filter, scope)}
              and r.status = 'TIDAK_DIPETAKAN') x
        group by reason order by n desc, reason`,
  );
}

export type BoxHistoryRow = {
  run_id: string;
  periode: number;
  status: string;
  box: number | null;
  performance_score: number | null;
  performance_level: string | null;
  potential_score: number | null;
  potential_level: string | null;
  reasons: string[];
};

/** One person's result in every published run of the instansi, oldest year first. */
export async function findBoxHistory(
  db: Db,
  instansiId: number,
  employeeId: string,
): Promise<BoxHistoryRow[]> {
  return queryRows<BoxHistoryRow>(
    db,
    sql`select m.id as run_id, m.periode, r.status, r.box, r.performance_score, r.performance_level,
               r.potential_score, r.potential_level, r.reasons
        from mapping_run m
        join mapping_result r on r.instansi_id = m.instansi_id and r.run_id = m.id and r.employee_id = ${employeeId}::uuid
        where m.instansi_id = ${instansiId} and m.status = 'PUBLISHED'
        order by m.periode`,
  );
}
