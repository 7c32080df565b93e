import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import {
  addCompetency,
  addPotential,
  addSanction,
  addSkp,
  createEmployee,
  createInstansi,
  createPosition,
  createUnit,
} from '../../../test/factories.js';
import { queryRows } from '../../db/query.js';
import { runMapping } from '../mapping/mapping.service.js';
import { buildSuccessionExport, successionJson } from './succession-export.js';
import { explainEligibility, getSlate, listKeyPositions } from './succession-query.service.js';
import { recomputeSlates } from './succession.service.js';
import { decidePoolMembership, getTalentPool, listPoolDecisions } from './talent-pool.service.js';

/** Mapping year 2025 (reference date 31 Dec 2025); one JPT Pratama key position `KP-1` (rules.md §6). */
describeDb('succession service: slates from the published mapping, pool decisions, export', (database) => {
  const db = () => database().db;
  const nips: Record<string, string> = {};
  let inst: { id: number; kode: string };

  beforeAll(async () => {
    inst = await createInstansi(db(), 'suks');
    const unit = await createUnit(db(), inst.id, 'Sekretariat');
    const kp = await createPosition(db(), inst.id, unit.id, {
      kode: 'KP-1',
      jenjang: 'JPT_PRATAMA',
      isKey: true,
      alasanKritikal: 'Uji',
    });
    const person = async (name: string, over: Parameters<typeof createEmployee>[2], level: number) => {
      const e = await createEmployee(db(), inst.id, {
        unitId: unit.id,
        jenjang: 'ADMINISTRATOR',
        golongan: 'IV/b',
        pendidikan: 'S2',
        tmtJabatan: '2019-01-01',
        birthDate: '1975-03-10',
        ...over,
      });
      for (const y of [2024, 2025]) await addSkp(db(), e, y, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI');
      await addCompetency(db(), e, '2025-02-01', level);
      await addPotential(db(), e, '2025-02-01', { total: 90 });
      nips[name] = e.nip;
      return e;
    };
    await person('incumbent', { jenjang: 'JPT_PRATAMA', positionId: kp.id, birthDate: '1966-05-10' }, 4);
    await person('best', {}, 4); // JPM 100
    await person('second', { golongan: 'IV/c', pendidikan: 'S1' }, 3.8); // JPM 95
    await person('lowRank', { golongan: 'IV/a' }, 4);
    await person('pengawas', { jenjang: 'PENGAWAS' }, 4);
    const sanctioned = await person('sanctioned', {}, 4);
    await addSanction(db(), sanctioned, 'SEDANG', '2025-04-01');
    await runMapping(db(), { instansiKode: 'suks', periode: 2025, actor: 'uji', publish: true });
    await recomputeSlates(db(), { instansi: { kode: 'suks' }, actor: 'uji' });
  });

  it('ranks the eligible, counts every reason of the others, and is not covered with 2 eligible', async () => {
    const slate = await getSlate(db(), inst, 'KP-1');
    expect(
      slate.kandidat.map((c) => [c.nipBaru, c.peringkat, c.jpmTarget, c.kesiapan, c.suksesorDarurat]),
    ).toEqual([
      [nips.best, 1, 100, 'SIAP_SEKARANG', true],
      [nips.second, 2, 95, 'SIAP_SEKARANG', false],
    ]);
    expect(slate.memenuhiSyarat).toBe(2);
    expect(slate.tercakup).toBe(false);
    expect(slate.jumlahPerAlasan).toMatchObject({
      PANGKAT_KURANG: 1,
      JENJANG_TIDAK_SESUAI: 1,
      HUKDIS: 1,
      PEMANGKU_JABATAN: 1,
    });
  });

  it('lists the key position with its incumbent retiring on 1 Jun 2026 (BUP 60) as a risk', async () => {
    const list = await listKeyPositions(db(), inst);
    expect(list.items[0]).toMatchObject({
      kode: 'KP-1',
      pemangku: { nipBaru: nips.incumbent },
      lowongan: { jenis: 'PENSIUN', tanggal: '2026-06-01' },
      risikoPensiun: true,
      memenuhiSyarat: 2,
      suksesorDarurat: { nipBaru: nips.best },
    });
  });

  it('explains every failed check of one person', async () => {
    const out = await explainEligibility(db(), inst, 'KP-1', nips.lowRank!, {});
    expect(out.memenuhiSyarat).toBe(false);
    expect(out.alasan.map((a) => a.kode)).toEqual(['PANGKAT_KURANG']);
    const pegawai = await explainEligibility(db(), inst, 'KP-1', nips.pengawas!, {});
    expect(pegawai.alasan.map((a) => a.kode)).toEqual(['JENJANG_TIDAK_SESUAI']);
  });

  it('proposes boxes 7–9 minus the sanctioned; a removal needs a reason and supersedes; decisions are append-only', async () => {
    const pool = await getTalentPool(db(), inst, 'JPT');
    const proposed = pool.items.map((m) => m.nipBaru).sort();
    expect(proposed).toEqual([nips.best, nips.incumbent, nips.lowRank, nips.second].sort());
    await expect(
      decidePoolMembership(
        db(),
        inst,
        { nip: nips.best!, kelompok: 'JPT', keputusan: 'KELUARKAN' },
        'komite',
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await decidePoolMembership(
      db(),
      inst,
      { nip: nips.best!, kelompok: 'JPT', keputusan: 'KELUARKAN', alasan: 'Mutasi ke instansi lain' },
      'komite',
    );
    await decidePoolMembership(
      db(),
      inst,
      { nip: nips.sanctioned!, kelompok: 'JPT', keputusan: 'TAMBAH', alasan: 'Hukuman dibatalkan' },
      'komite',
    );
    const after = await getTalentPool(db(), inst, 'JPT');
    const status = new Map(after.items.map((m) => [m.nipBaru, [m.status, m.anggota]]));
    expect(status.get(nips.best!)).toEqual(['DIKELUARKAN', false]);
    expect(status.get(nips.sanctioned!)).toEqual(['DITAMBAHKAN', true]);
    expect((await listPoolDecisions(db(), inst)).items).toHaveLength(2);
    await expect(db().execute(`update talent_pool_decision set alasan = 'x'`)).rejects.toThrow();
    const audit = await queryRows<{ n: number }>(
      db(),
      "select count(*)::int as n from audit_log where action = 'talent_pool.decide'",
    );
    expect(audit[0]?.n).toBe(2);
  });

  it('exports the slate, and with --semua every person with their reasons (import-format.md §4)', async () => {
    const slate = await buildSuccessionExport(db(), 'suks', false);
    expect([...slate.table.rows].map((r) => [r[0], r[3], r[4], r[11]])).toEqual([
      ['KP-1', 1, nips.best, 'ya'],
      ['KP-1', 2, nips.second, 'tidak'],
    ]);
    const all = await buildSuccessionExport(db(), 'suks', true);
    const rows = [...all.table.rows];
    expect(rows).toHaveLength(6);
    expect(rows.slice(0, 2).map((r) => [r[4], r[12]])).toEqual([
      [nips.best, 'ya'],
      [nips.second, 'ya'],
    ]);
    expect(rows.find((r) => r[4] === nips.lowRank)?.[13]).toBe('PANGKAT_KURANG');
    const json = successionJson(all);
    expect(json.jabatanKunci[0]).toMatchObject({ tercakup: false, jumlahPerAlasan: { PANGKAT_KURANG: 1 } });
  });
});
