import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { createInstansi } from '../../../test/factories.js';
import { PEGAWAI_HEADER, importRows, nipOf, pegawaiRow } from '../../../test/import-files.js';
import { queryRows } from '../../db/query.js';

describeDb('import of units and positions', (database) => {
  const db = () => database().db;
  const tree = async () =>
    queryRows<{ unor_id: string; chain: string }>(
      db(),
      sql`select u.unor_id,
                 (select string_agg(a.unor_id, '/' order by length(a.path)) from unit a
                  where a.instansi_id = u.instansi_id and u.path like a.path || '%') as chain
          from unit u order by u.unor_id`,
    );

  beforeAll(async () => {
    await createInstansi(db(), 'uji');
    await importRows(db(), 'unor', [
      ['id', 'namaUnor', 'diatasanId'],
      ['A', 'Sekretariat', null],
      ['B', 'Dinas', null],
      ['C', 'Bidang', 'B'],
      ['D', 'Seksi', 'C'],
    ]);
  });

  it('moves a unit under another and carries its stored descendants along', async () => {
    const s = await importRows(db(), 'unor', [
      ['id', 'namaUnor', 'diatasanId'],
      ['B', 'Dinas', 'A'],
    ]);
    expect(s).toMatchObject({ updated: 1, created: 0 });
    expect(await tree()).toEqual([
      { unor_id: 'A', chain: 'A' },
      { unor_id: 'B', chain: 'A/B' },
      { unor_id: 'C', chain: 'A/B/C' },
      { unor_id: 'D', chain: 'A/B/C/D' },
    ]);
  });

  it('keeps parents when the file has no diatasanId column', async () => {
    const s = await importRows(db(), 'unor', [
      ['id', 'namaUnor'],
      ['C', 'Bidang Baru'],
    ]);
    expect(s).toMatchObject({ updated: 1 });
    expect((await tree()).find((u) => u.unor_id === 'C')?.chain).toBe('A/B/C');
  });

  it('refuses a file whose units form a cycle with stored ones, and changes nothing', async () => {
    const s = await importRows(db(), 'unor', [
      ['id', 'namaUnor', 'diatasanId'],
      ['A', 'Sekretariat', 'D'],
      ['E', 'Baru', 'B'],
    ]);
    expect(s).toMatchObject({ invalid: 1, written: false });
    expect(s.issues[0]).toMatchObject({ row: 2, code: 'UNOR_SIKLUS', column: 'diatasanId' });
    expect(s.issues[0]?.text).toContain('"A" → "D" → "C" → "B" → "A"');
    expect((await tree()).map((u) => u.unor_id)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('sets the holder of a position; a new holder alone counts the position as updated', async () => {
    await importRows(db(), 'pegawai', [PEGAWAI_HEADER, pegawaiRow(1), pegawaiRow(2)]);
    const header = ['kode', 'nama', 'unorId', 'jenjang', 'nipPemangku'];
    expect(
      await importRows(db(), 'jabatan', [header, ['K1', 'Kepala Seksi', 'D', 'PENGAWAS', nipOf(1)]]),
    ).toMatchObject({
      created: 1,
    });
    const again = await importRows(db(), 'jabatan', [
      header,
      ['K1', 'Kepala Seksi', 'D', 'PENGAWAS', nipOf(2)],
    ]);
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(
      await queryRows(
        db(),
        sql`select e.nip from employee e join position p on p.id = e.position_id where p.kode = 'K1' order by e.nip`,
      ),
    ).toEqual([{ nip: nipOf(1) }, { nip: nipOf(2) }].sort((a, b) => a.nip.localeCompare(b.nip)));
  });
});
