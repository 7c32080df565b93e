import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeDb } from '../../test/db-engines.js';
import { instansi } from '../db/schema/index.js';
import { DEMO_TABLE_NAMES } from './rows.js';
import { seedDemo, type SeedResult } from './seed.js';

/** Child rows whose parent is missing, for every foreign key the demo fills. */
const ORPHANS: Record<string, string> = {
  'unit.parent': `select count(*) from unit c where c.parent_id is not null and not exists
    (select 1 from unit p where p.instansi_id = c.instansi_id and p.id = c.parent_id)`,
  'unit.path': `select count(*) from unit c left join unit p on p.instansi_id = c.instansi_id and p.id = c.parent_id
    where c.path <> coalesce(p.path, '/') || c.id || '/'`,
  'position.unit': `select count(*) from position c where not exists
    (select 1 from unit p where p.instansi_id = c.instansi_id and p.id = c.unit_id)`,
  'employee.unit': `select count(*) from employee c where not exists
    (select 1 from unit p where p.instansi_id = c.instansi_id and p.id = c.unit_id)`,
  'employee.position': `select count(*) from employee c where not exists
    (select 1 from position p where p.instansi_id = c.instansi_id and p.id = c.position_id)`,
  'instansi.induk': `select count(*) from instansi c where c.induk_id is not null and not exists
    (select 1 from instansi p where p.id = c.induk_id)`,
};
for (const t of DEMO_TABLE_NAMES.filter((t) => !['unit', 'position', 'employee'].includes(t))) {
  ORPHANS[`${t}.employee`] = `select count(*) from ${t} c where not exists
    (select 1 from employee p where p.instansi_id = c.instansi_id and p.id = c.employee_id)`;
}

async function count(db: import('../db/client.js').Db, query: string): Promise<number> {
  const result: unknown = await db.execute(sql.raw(query));
  const row = (result as { rows: Record<string, unknown>[] }).rows[0] ?? {};
  return Number(Object.values(row)[0]);
}

describeDb('demo seed', (db) => {
  let result: SeedResult;

  it('seeds the kecil scale: 15 instansi, 6,000 ASN, every table filled', async () => {
    const progress: string[] = [];
    result = await seedDemo(db().db, { scale: 'kecil', onProgress: (p) => progress.push(p.instansi) });
    expect(result.instansi).toBe(15);
    expect(result.employees).toBe(6_000);
    expect(progress).toHaveLength(15);
    for (const table of ['instansi', ...DEMO_TABLE_NAMES]) {
      expect(result.rows[table], table).toBeGreaterThan(0);
      expect(await count(db().db, `select count(*) from ${table}`), table).toBe(result.rows[table]);
    }
  });

  it('leaves no row without its parent', async () => {
    for (const [name, query] of Object.entries(ORPHANS)) expect(await count(db().db, query), name).toBe(0);
    const [province] = await db()
      .db.select()
      .from(instansi)
      .where(sql`${instansi.kode} = 'kalteng'`);
    expect(await count(db().db, `select count(*) from instansi where induk_id = ${province?.id ?? 0}`)).toBe(
      14,
    );
  });

  it('refuses to seed the same demo twice', async () => {
    await expect(seedDemo(db().db, { scale: 'kecil', only: ['kapuas'] })).rejects.toThrow(/sudah ada/);
    expect(await count(db().db, 'select count(*) from instansi')).toBe(15);
  });

  it('seeds a single instansi of another scale, without a parent when its province is absent', async () => {
    const more = await seedDemo(db().db, { scale: 'nasional', only: ['kab-057'] });
    expect(more).toMatchObject({ instansi: 1, employees: 1_103 });
    const [row] = await db()
      .db.select()
      .from(instansi)
      .where(sql`${instansi.kode} = 'kab-057'`);
    expect(row?.indukId).toBeNull();
    await expect(seedDemo(db().db, { scale: 'kecil', only: ['nowhere'] })).rejects.toThrow(/tidak dikenal/);
  });
});
