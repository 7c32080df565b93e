import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { buildSuccessionCardWorld, type SuccessionCardWorld } from '../../../test/succession-card-world.js';
import { POOL_EXCLUSION_MESSAGES } from '../../domain/succession/talent-pool.js';
import { decidePoolMembership, getTalentPool } from './talent-pool.service.js';

/** Mapping year 2025 (reference date 31 Dec 2025): the pool of rules.md §4 with its exclusions. */
describeDb('talent pool: people excluded by rule, retirement of every member', (database) => {
  const db = () => database().db;
  let world: SuccessionCardWorld;

  beforeAll(async () => {
    world = await buildSuccessionCardWorld(db());
  });

  it('lists per level who the rule excluded, with every reason and its message, and proposes the rest', async () => {
    const pool = await getTalentPool(db(), world.instansi, 'JPT');
    expect(pool.items.map((m) => m.nipBaru).sort()).toEqual([world.nips.candidate, world.nips.holder].sort());
    expect(pool.dikecualikan).toHaveLength(1);
    const [jpt] = pool.dikecualikan;
    expect(jpt).toMatchObject({ kelompok: 'JPT', jumlah: 2 });
    const byNip = new Map(jpt!.items.map((x) => [x.nipBaru, x]));
    expect(byNip.get(world.nips.sanctioned)).toMatchObject({
      nama: 'Pegawai sanctioned',
      jabatanNama: expect.any(String) as unknown,
      unorNama: 'Sekretariat Daerah',
      kotak: 9,
      alasan: [{ kode: 'HUKDIS_SEDANG_BERAT', pesan: POOL_EXCLUSION_MESSAGES.HUKDIS_SEDANG_BERAT }],
    });
    expect(byNip.get(world.nips.gone)?.alasan.map((a) => a.kode)).toEqual(['TIDAK_AKTIF']);
    const all = await getTalentPool(db(), world.instansi);
    expect(all.dikecualikan.map((l) => [l.kelompok, l.jumlah])).toEqual([
      ['JPT', 2],
      ['ADMINISTRATOR', 0],
      ['PENGAWAS', 0],
    ]);
  });

  it('caps the listed excluded people per level but keeps the whole count', async () => {
    const pool = await getTalentPool(db(), world.instansi, 'JPT', 1);
    expect(pool.dikecualikan[0]).toMatchObject({ jumlah: 2 });
    expect(pool.dikecualikan[0]!.items).toHaveLength(1);
  });

  it('gives a member the committee added their retirement date and the 2-year flag', async () => {
    const before = await getTalentPool(db(), world.instansi, 'JPT');
    expect(before.items.find((m) => m.nipBaru === world.nips.holder)).toMatchObject({
      tanggalPensiun: '2035-04-01', // JPT Pratama, BUP 60, born March 1975
      menjelangPensiun: false,
    });
    expect(before.items.some((m) => m.nipBaru === world.nips.lowBox)).toBe(false);
    await decidePoolMembership(
      db(),
      world.instansi,
      { nip: world.nips.lowBox, kelompok: 'JPT', keputusan: 'TAMBAH', alasan: 'Penugasan khusus' },
      'komite',
    );
    const after = await getTalentPool(db(), world.instansi, 'JPT');
    const added = after.items.find((m) => m.nipBaru === world.nips.lowBox);
    expect(added).toMatchObject({
      diusulkan: false,
      status: 'DITAMBAHKAN',
      anggota: true,
      // Administrator, BUP 58, born June 1968: 1 July 2026, within 2 years of 31 Dec 2025.
      tanggalPensiun: '2026-07-01',
      menjelangPensiun: true,
    });
    expect(added!.kotak).toBeLessThan(7);
  });
});
