import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../src/db/query.js';
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
