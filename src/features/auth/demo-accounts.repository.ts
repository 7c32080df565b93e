import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { instansi, userAccount } from '../../db/schema/index.js';

export async function findAllInstansi(db: Db) {
  return db
    .select({ id: instansi.id, kode: instansi.kode, jenis: instansi.jenis, indukId: instansi.indukId })
    .from(instansi)
    .orderBy(asc(instansi.kode));
}

export type TopUnit = { instansi_id: number; id: string; nama: string; path: string; employees: number };

/**
 * The top-level units of each instansi with the number of employees in their subtree: the units of the
 * first level, or of the second when the tree has a single root (the government itself, with its OPDs
 * below). Largest first.
 */
export async function findTopUnits(db: Db, instansiIds: readonly number[]): Promise<TopUnit[]> {
  if (instansiIds.length === 0) return [];
  return queryRows<TopUnit>(
    db,
    sql`with roots as (
       select instansi_id, count(*) as n from unit where parent_id is null group by instansi_id
     ), tops as (
       select u.instansi_id, u.id, u.nama, u.path
       from unit u join roots r on r.instansi_id = u.instansi_id
       where u.instansi_id in (${sql.join(
         instansiIds.map((id) => sql`${id}`),
         sql`, `,
       )})
         and ((r.n > 1 and u.parent_id is null)
           or (r.n = 1 and u.parent_id in (select id from unit p where p.instansi_id = u.instansi_id and p.parent_id is null)))
     )
     select t.instansi_id, t.id, t.nama, t.path, count(e.id)::int as employees
     from tops t
     left join unit s on s.instansi_id = t.instansi_id and starts_with(s.path, t.path)
     left join employee e on e.instansi_id = s.instansi_id and e.unit_id = s.id
     group by t.instansi_id, t.id, t.nama, t.path
     order by t.instansi_id, employees desc, t.nama`,
  );
}

/** The first active employee by NIP in a unit subtree (or in the instansi when no subtree is given). */
export async function findFirstEmployee(db: Db, instansiId: number, unitPath: string | null) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select e.id from employee e
     left join unit u on u.instansi_id = e.instansi_id and u.id = e.unit_id
     where e.instansi_id = ${instansiId} and ${unitPath === null ? sql`true` : sql`starts_with(u.path, ${unitPath})`}
     order by (lower(coalesce(e.kedudukan, '')) = 'aktif') desc, e.nip
     limit 1`,
  );
  return row?.id;
}

export async function findExistingUsernames(db: Db, usernames: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < usernames.length; i += 1000) {
    const rows = await db
      .select({ username: userAccount.username })
      .from(userAccount)
      .where(inArray(userAccount.username, usernames.slice(i, i + 1000)));
    for (const r of rows) found.add(r.username);
  }
  return found;
}

/** The demo accounts present, provinces first, for the sign-in table `talenta serve` prints. */
export async function findDemoAccounts(db: Db) {
  return db
    .select({ username: userAccount.username, role: userAccount.role, instansiKode: instansi.kode })
    .from(userAccount)
    .innerJoin(instansi, eq(instansi.id, userAccount.instansiId))
    .where(and(eq(userAccount.demo, true), eq(userAccount.status, 'AKTIF')))
    .orderBy(sql`${instansi.indukId} is not null`, asc(instansi.kode), asc(userAccount.username));
}
