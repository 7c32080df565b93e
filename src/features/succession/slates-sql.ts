import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { JENJANG_CODES } from '../../domain/codes.js';
import { COMPETENCY_KEYS } from '../../domain/competency.js';
import { EDUCATION_RANK } from '../../domain/education.js';
import { PNS_RANK_CODES } from '../../domain/golongan.js';
import { RETIREMENT_AGE } from '../../domain/jenjang.js';
import type { RuleSetContent } from '../../domain/rule-set.js';
import { allowedSources, type SuccessionSettings } from '../../domain/succession/rules.js';
import type { Jenjang } from '../../domain/codes.js';

/**
 * The succession ranking of rules.md §6 as ONE SQL query (a LATERAL top-k per key position), for
 * comparison with the columnar engine: a test holds their slates equal, and `talenta bench` times both.
 * Not used by the application. Constants come from the domain (code lists, BUP, job steps) and the rule
 * set (standards, minimum education); the query repeats every check in SQL. Assumes stored codes are
 * normalised (golongan `III/c`, education codes), as the importer and the demo write them, and takes the
 * birth date from the record (`tgl_lahir`). With a provincial pool (rules.md §6), the JPT key positions
 * also rank the people of the given kabupaten/kota at the given job levels, each with their government's
 * own published mapping, as the engine does.
 */
export type SqlSlateRow = {
  position_id: string;
  peringkat: number;
  employee_id: string;
  /** The candidate's government when not the slate's own (provincial pool); null = own. */
  employee_instansi_id: number | null;
  target_jpm: number;
};

/** The kabupaten/kota a province draws on: each with its own latest published mapping, and the levels. */
export type SqlProvincialPool = {
  governments: readonly { instansiId: number; mappingRunId: string }[];
  jenjang: readonly Jenjang[];
};

const values = (rows: readonly (readonly (string | number)[])[]) =>
  sql.raw(
    rows
      .map(
        (r) =>
          `(${r.map((v) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`)).join(',')})`,
      )
      .join(','),
  );

const COMPETENCY_SUM = sql.raw(
  COMPETENCY_KEYS.map((k) => `c.${k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)}::float8`).join(' + '),
);
const STANDARD_KEYS = sql.raw(COMPETENCY_KEYS.map((k) => `'${k}'`).join(','));

export async function slatesBySql(
  db: Db,
  instansiId: number,
  mappingRunId: string,
  year: number,
  settings: SuccessionSettings,
  rules: Pick<RuleSetContent, 'standardLevels' | 'minimumEducation'>,
  pool: SqlProvincialPool | null = null,
): Promise<SqlSlateRow[]> {
  const ref = `${year}-12-31`;
  const sources = [
    [instansiId, mappingRunId] as const,
    ...(pool?.governments ?? []).map((g) => [g.instansiId, g.mappingRunId] as const),
  ];
  const ids = `{${sources.map(([id]) => id).join(',')}}`;
  const poolLevels = `{${(pool?.jenjang ?? []).join(',')}}`;
  // Without a pool the query keeps its plain one-instansi shape: the instansi and the run as constants and
  // the person as the only join key. The pool's forms (`= any(…)`, the source join, (instansi, person) keys,
  // the OR) cost the planner its estimates: measured, they made the same query twice as slow (7.7 → 15 s
  // for the Kalteng demo) and the engine-versus-SQL comparison unfair.
  const inSources = (column: string) =>
    pool ? sql`${sql.raw(column)} = any(${ids}::int[])` : sql`${sql.raw(column)} = ${instansiId}`;
  const mappingJoin = pool
    ? sql`join src on src.instansi_id = e.instansi_id
  join mapping_result r on r.instansi_id = e.instansi_id and r.run_id = src.run_id::uuid and r.employee_id = e.id`
    : sql`join mapping_result r on r.instansi_id = e.instansi_id and r.run_id = ${mappingRunId} and r.employee_id = e.id`;
  const entryInstansi = pool ? sql`x.inst` : sql`${instansiId}`;
  const sameEntry = (alias: string) => (pool ? sql.raw(`${alias}.inst = x.inst and`) : sql``);
  const samePerson = pool ? sql`rs.inst = e.instansi_id and` : sql``;
  const drawn = pool ? sql`(c.inst = ${instansiId} or kp.jpt) and` : sql``;
  const candidates = pool
    ? sql`(e.instansi_id = ${instansiId} or e.jenjang = any(${poolLevels}::text[]))`
    : sql`e.instansi_id = ${instansiId}`;
  const refMonth = year * 12 + 11;
  const steps = JENJANG_CODES.flatMap((t) => allowedSources(t).map((s) => [t, s] as const));
  const jsonParam = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;
  return queryRows<SqlSlateRow>(
    db,
    sql`
with edu(code, r) as (values ${values(Object.entries(EDUCATION_RANK))}),
rnk(code, r) as (values ${values(PNS_RANK_CODES.map((c, i) => [c, i + 1]))}),
bup(jenjang, age) as (values ${values(Object.entries(RETIREMENT_AGE))}),
step(target, source) as (values ${values(steps)}),
src(instansi_id, run_id) as (values ${values(sources)}),
kp as materialized (
  select p.id, p.jenjang, p.jenjang in ('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA') as jpt,
    array(select s.source from step s where s.target = p.jenjang) as sources,
    coalesce(pr.r, dr.r) as min_rank,
    pe.r as min_edu,
    coalesce((${jsonParam(settings.experienceYears)} ->> p.jenjang)::float8, 0) * 12 as req_months,
    b.age as bup,
    (p.jenjang not in ('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS')
      or (${settings.pppkForJpt} and p.jenjang in ('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA'))) as pppk_allowed,
    coalesce(
      (select case when count(*) = 9 and bool_and(j.value::float8 between 1 and 5) then sum(j.value::float8) end
         from jsonb_each_text(p.standar_kompetensi) j where j.key in (${STANDARD_KEYS})),
      9 * (${jsonParam(rules.standardLevels)} ->> p.jenjang)::float8) as std_sum
  from position p
  left join rnk pr on pr.code = p.min_golongan
  left join rnk dr on dr.code = ${jsonParam(settings.minimumRank)} ->> p.jenjang
  join edu pe on pe.code = coalesce(p.min_pendidikan, ${jsonParam(rules.minimumEducation)} ->> p.jenjang)
  join bup b on b.jenjang = p.jenjang
  where p.instansi_id = ${instansiId} and p.is_key
),
entries as (
  select e.instansi_id as inst, e.id as emp, h.jenjang, h.tmt_jabatan as tmt from position_history h
    join employee e on e.instansi_id = h.instansi_id and e.id = h.employee_id
    where ${inSources('h.instansi_id')} and h.tmt_jabatan <= coalesce(e.tmt_jabatan, h.tmt_jabatan)
  union all
  select e.instansi_id, e.id, e.jenjang, e.tmt_jabatan from employee e
    where ${inSources('e.instansi_id')} and e.tmt_jabatan is not null
),
brk as materialized (
  select x.inst, x.emp, max(x.tmt) as b from entries x join employee e on e.instansi_id = ${entryInstansi} and e.id = x.emp
  where x.jenjang <> e.jenjang group by x.inst, x.emp
),
run_start as materialized (
  select x.inst, x.emp, min(x.tmt) as s from entries x
    join employee e on e.instansi_id = ${entryInstansi} and e.id = x.emp
    left join brk on ${sameEntry('brk')} brk.emp = x.emp
  where x.jenjang = e.jenjang and (brk.b is null or x.tmt > brk.b) group by x.inst, x.emp
),
cand as materialized (
  select e.instansi_id as inst, e.id as employee_id, e.nip, e.jenjang, e.position_id, e.jenis_pegawai = 'PNS' as pns,
    rk.r as rank_r, ed.r as edu_r,
    (${year} - extract(year from rs.s)::int) * 12 + (12 - extract(month from rs.s)::int) as months,
    extract(year from e.tgl_lahir)::int * 12 + extract(month from e.tgl_lahir)::int - 1 as birth_idx,
    r.box, r.potential_score as pot, r.performance_score as perf, (${COMPETENCY_SUM}) as achieved
  from employee e
  ${mappingJoin}
    and r.status = 'DIPETAKAN'
  join competency_assessment c on c.instansi_id = r.instansi_id and c.id = r.competency_assessment_id
  left join rnk rk on rk.code = e.golongan
  left join edu ed on ed.code = e.pendidikan
  left join run_start rs on ${samePerson} rs.emp = e.id
  where ${candidates}
    and (e.kedudukan is null or e.kedudukan = 'Aktif' or upper(trim(e.kedudukan)) in ('', 'CPNS')
         or (upper(e.kedudukan) like '%AKTIF%' and upper(e.kedudukan) !~ '(^|[^A-Z0-9_])(NON|TIDAK)\\s*-?\\s*AKTIF'))
    and not exists (
      select 1 from sanction s where s.instansi_id = e.instansi_id and s.employee_id = e.id and (
        (s.tingkat <> 'RINGAN' and extract(year from s.tanggal_sk)::int > ${year - settings.sanctionWindowYears}
          and extract(year from s.tanggal_sk)::int <= ${year})
        or (s.tmt_selesai >= ${ref}::date and coalesce(s.tmt_mulai, s.tanggal_sk) <= ${ref}::date)))
)
select kp.id as position_id, t.peringkat::int as peringkat, t.employee_id,
  nullif(t.inst, ${instansiId}) as employee_instansi_id, t.jpm as target_jpm
from kp cross join lateral (
  select c.inst, c.employee_id, least(100, (100 * c.achieved) / kp.std_sum) as jpm,
    row_number() over (order by case c.box when 9 then 0 when 8 then 1 when 7 then 2 else 3 end,
      least(100, (100 * c.achieved) / kp.std_sum) desc, c.pot desc, c.perf desc, c.nip collate "C") as peringkat
  from cand c
  where ${drawn} c.jenjang = any(kp.sources)
    and (kp.min_rank is null or not c.pns or c.rank_r >= kp.min_rank)
    and c.edu_r >= kp.min_edu
    and (kp.req_months <= 0 or c.months >= kp.req_months)
    and c.birth_idx is not null
    and (case when c.birth_idx + 12 * kp.bup + 1 > ${refMonth} then c.birth_idx + 12 * kp.bup - ${refMonth}
              else c.birth_idx + 12 * kp.bup + 1 - ${refMonth} end) >= ${settings.retirementBufferYears * 12}
    and c.position_id is distinct from kp.id
    and (c.pns or kp.pppk_allowed)
  order by peringkat
  limit ${settings.slateSize}
) t
order by kp.id, t.peringkat`,
  );
}
