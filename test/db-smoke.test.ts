import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../src/db/query.js';
import { EDUCATION_CODES, JENJANG_CODES, PREDIKAT_CODES, RATING_CODES } from '../src/domain/codes.js';
import { instansi } from '../src/db/schema/index.js';
import { describeDb } from './db-engines.js';

describeDb('migrated schema', (db) => {
  it('has every table and accepts an instansi', async () => {
    const rows = await queryRows<{ table_name: string }>(
      db().db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'instansi',
        'unit',
        'employee',
        'skp',
        'mapping_run',
        'mapping_result',
        'audit_log',
      ]),
    );
    await db().db.insert(instansi).values({ kode: 'T1', nama: 'Uji', jenis: 'PROVINSI' });
    const rowsAfter = await db().db.select().from(instansi);
    expect(rowsAfter.map((r) => r.kode)).toEqual(['T1']);
  });

  it('refuses a jenis outside the code list', async () => {
    await expect(
      db().db.insert(instansi).values({ kode: 'T2', nama: 'Uji', jenis: 'DESA' }),
    ).rejects.toThrow();
  });
});

describeDb('code lists in the database', (db) => {
  // The migration's CHECK constraints must accept exactly the domain's codes: a code added in
  // src/domain/codes.ts without a new migration fails here.
  it.each([
    { constraint: 'employee_jenjang_check', codes: JENJANG_CODES },
    { constraint: 'employee_pendidikan_check', codes: EDUCATION_CODES },
    { constraint: 'skp_hasil_check', codes: RATING_CODES },
    { constraint: 'skp_predikat_check', codes: PREDIKAT_CODES },
  ])('$constraint lists every domain code', async ({ constraint, codes }) => {
    const [row] = await queryRows<{ def: string }>(
      db().db,
      sql`select pg_get_constraintdef(oid) as def from pg_constraint where conname = ${constraint}`,
    );
    const listed = [...(row?.def ?? '').matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...codes].sort());
  });
});
