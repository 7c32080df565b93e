import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import {
  addCompetency,
  addPotential,
  addSkp,
  createEmployee,
  createInstansi,
  createPosition,
  createUnit,
} from '../../../test/factories.js';
import { queryRows } from '../../db/query.js';
import { runMapping } from '../mapping/mapping.service.js';
import { listKeyPositions } from '../succession/succession-query.service.js';
import { recomputeSlates } from '../succession/succession.service.js';
import { listPositions, setKeyPosition } from './positions.service.js';

const page = { halaman: 1, ukuran: 50 } as const;
const REASON = 'Jabatan strategis pengelola mutasi ASN';

/**
 * Instansi `jab` (mapping 2025 published, slates computed): a key JPT Pratama held by an active person, an
 * Administrator post held by an inactive one, a Pengawas post in a sub-unit, a functional post; candidates
 * for the Administrator post. Instansi `lain` has a position of the same kode and no published mapping.
 */
describeDb('position register: list, mark and unmark key positions with reasons', (database) => {
  const db = () => database().db;
  let jab: { id: number; kode: string };
  let lain: { id: number; kode: string };
  let bidangUnorId = '';
  const nips: Record<string, string> = {};

  beforeAll(async () => {
    jab = await createInstansi(db(), 'jab');
    const root = await createUnit(db(), jab.id, 'Sekretariat Daerah');
    const dinas = await createUnit(db(), jab.id, 'Badan Kepegawaian', root);
    const bidang = await createUnit(db(), jab.id, 'Bidang Mutasi', dinas);
    bidangUnorId = bidang.unorId;
    const kp = await createPosition(db(), jab.id, root.id, {
      kode: 'KP-01',
      nama: 'Sekretaris Daerah',
      jenjang: 'JPT_PRATAMA',
      isKey: true,
      alasanKritikal: 'Koordinator perangkat daerah',
    });
    const adm = await createPosition(db(), jab.id, dinas.id, {
      kode: 'ADM-01',
      nama: 'Kepala Bidang Mutasi',
      jenjang: 'ADMINISTRATOR',
      eselon: 'III.b',
      minGolongan: 'III/d',
      minPendidikan: 'S1',
    });
    await createPosition(db(), jab.id, bidang.id, {
      kode: 'PGW-01',
      nama: 'Kepala Subbidang Mutasi',
      jenjang: 'PENGAWAS',
    });
    await createPosition(db(), jab.id, dinas.id, {
      kode: 'FUN-01',
      nama: 'Analis SDM Aparatur Ahli Muda',
      jenjang: 'FUNGSIONAL_AHLI_MUDA',
    });
    const person = async (name: string, over: Parameters<typeof createEmployee>[2]) => {
      const e = await createEmployee(db(), jab.id, {
        unitId: bidang.id,
        nama: name,
        jenjang: 'PENGAWAS',
        golongan: 'III/d',
        pendidikan: 'S2',
        tmtJabatan: '2018-01-01',
        birthDate: '1980-03-10',
        ...over,
      });
      for (const y of [2024, 2025]) await addSkp(db(), e, y, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI');
      await addCompetency(db(), e, '2025-02-01', 4);
      await addPotential(db(), e, '2025-02-01', { total: 90 });
      nips[name] = e.nip;
      return e;
    };
    await person('Sekda Aktif', { jenjang: 'JPT_PRATAMA', positionId: kp.id, golongan: 'IV/c' });
    await person('Kabid Nonaktif', {
      jenjang: 'ADMINISTRATOR',
      positionId: adm.id,
      kedudukan: 'Tidak Aktif',
    });
    await person('Calon Satu', {});
    await person('Calon Dua', {});
    await runMapping(db(), { instansiKode: 'jab', periode: 2025, actor: 'uji', publish: true });
    await recomputeSlates(db(), { instansi: { id: jab.id }, actor: 'uji' });

    lain = await createInstansi(db(), 'lain');
    const lainRoot = await createUnit(db(), lain.id, 'Sekretariat Lain');
    await createPosition(db(), lain.id, lainRoot.id, {
      kode: 'ADM-01',
      nama: 'Kepala Bagian Umum',
      jenjang: 'ADMINISTRATOR',
    });
  });

  it('lists the catalogue in kode order with the active holder, the reason and what may be key', async () => {
    const out = await listPositions(db(), jab.id, page);
    expect(out.total).toBe(4);
    expect(out.items.map((p) => [p.kode, p.kunci, p.dapatDitetapkanKunci, p.pemangku?.nama ?? null])).toEqual(
      [
        ['ADM-01', false, true, null], // its holder is not active: the post reads as open
        ['FUN-01', false, false, null],
        ['KP-01', true, true, 'Sekda Aktif'],
        ['PGW-01', false, true, null],
      ],
    );
    expect(out.items[0]).toMatchObject({
      nama: 'Kepala Bidang Mutasi',
      jenjang: 'ADMINISTRATOR',
      eselon: 'III.b',
      unorNama: 'Badan Kepegawaian',
      minGolongan: 'III/d',
      minPendidikan: 'S1',
      alasanKritikal: null,
    });
    expect(out.items[2]).toMatchObject({
      alasanKritikal: 'Koordinator perangkat daerah',
      pemangku: { nipBaru: nips['Sekda Aktif'] },
    });
    expect(Number.isNaN(Date.parse(out.items[0]!.diperbarui))).toBe(false);
  });

  it('searches kode or name, filters by job level, key status and unit subtree, and pages', async () => {
    const kodes = async (q: Partial<Parameters<typeof listPositions>[2]>) =>
      (await listPositions(db(), jab.id, { ...page, ...q })).items.map((p) => p.kode);
    expect(await kodes({ cari: 'kp-' })).toEqual(['KP-01']);
    expect(await kodes({ cari: 'MUTASI' })).toEqual(['ADM-01', 'PGW-01']);
    expect(await kodes({ jenjang: 'PENGAWAS' })).toEqual(['PGW-01']);
    expect(await kodes({ kunci: true })).toEqual(['KP-01']);
    expect(await kodes({ kunci: false })).toEqual(['ADM-01', 'FUN-01', 'PGW-01']);
    expect(await kodes({ unit: bidangUnorId })).toEqual(['PGW-01']);
    const second = await listPositions(db(), jab.id, { halaman: 2, ukuran: 3 });
    expect([second.total, second.items.map((p) => p.kode)]).toEqual([4, ['PGW-01']]);
    await expect(listPositions(db(), jab.id, { ...page, unit: 'U-tidak-ada' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a missing, a too short or a too long reason, in Indonesian, both ways', async () => {
    for (const kunci of [true, false])
      for (const alasan of [undefined, '', '   pendek  ']) {
        const tries = setKeyPosition(db(), jab, kunci ? 'ADM-01' : 'KP-01', { kunci, alasan }, 'uji');
        await expect(tries).rejects.toMatchObject({
          code: 'VALIDATION',
          message: expect.stringMatching(
            /^Alasan wajib diisi untuk (menetapkan|mencabut) .*10 karakter/,
          ) as unknown,
        });
      }
    await expect(
      setKeyPosition(db(), jab, 'ADM-01', { kunci: true, alasan: 'x'.repeat(2001) }, 'uji'),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('paling panjang 2.000') as unknown,
    });
  });

  it('refuses to mark a functional position, naming its level and the levels that may be key', async () => {
    await expect(
      setKeyPosition(db(), jab, 'FUN-01', { kunci: true, alasan: REASON }, 'uji'),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message:
        'Analis SDM Aparatur Ahli Muda (FUN-01) berjenjang Fungsional Ahli Muda dan tidak dapat menjadi jabatan kunci: hanya jabatan struktural (JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas) yang dapat ditetapkan (rules.md §6).',
    });
  });

  it('marks a position as key: reason stored, audited before/after, slates recomputed with its slate', async () => {
    const out = await setKeyPosition(
      db(),
      jab,
      'ADM-01',
      { kunci: true, alasan: `  ${REASON} ` },
      'user:admin',
    );
    expect(out.jabatan).toMatchObject({ kode: 'ADM-01', kunci: true, alasanKritikal: REASON });
    expect(out.slates).toEqual({
      runId: expect.any(String) as unknown,
      seconds: expect.any(Number) as unknown,
    });
    const list = await listKeyPositions(db(), jab);
    const slate = list.items.find((p) => p.kode === 'ADM-01');
    expect(slate).toMatchObject({ alasanKritikal: REASON, pemangku: null });
    expect(slate!.memenuhiSyarat).toBe(2); // Calon Satu and Calon Dua (Pengawas, III/d, 7 years)
    const audit = await queryRows<{ actor: string; entity: string; before: unknown; after: unknown }>(
      db(),
      "select actor, entity, before, after from audit_log where action = 'position.key_set'",
    );
    expect(audit).toEqual([
      {
        actor: 'user:admin',
        entity: 'position',
        before: { kode: 'ADM-01', kunci: false, alasanKritikal: null },
        after: { kode: 'ADM-01', kunci: true, alasanKritikal: REASON, alasan: REASON },
      },
    ]);
  });

  it('changes the reason of a key position without recomputing, and refuses a request that changes nothing', async () => {
    const other = 'Jabatan strategis: pengelola seluruh mutasi';
    const out = await setKeyPosition(db(), jab, 'ADM-01', { kunci: true, alasan: other }, 'uji');
    expect([out.jabatan.alasanKritikal, out.slates]).toEqual([other, null]);
    await expect(
      setKeyPosition(db(), jab, 'ADM-01', { kunci: true, alasan: other }, 'uji'),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('sudah jabatan kunci') as unknown,
    });
    await expect(
      setKeyPosition(db(), jab, 'PGW-01', { kunci: false, alasan: REASON }, 'uji'),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('bukan jabatan kunci') as unknown,
    });
  });

  it('unmarks a key position: reason cleared, kept in the audit entry, its slate gone', async () => {
    const why = 'Dirampingkan menjadi jabatan fungsional';
    const out = await setKeyPosition(db(), jab, 'ADM-01', { kunci: false, alasan: why }, 'user:admin');
    expect(out.jabatan).toMatchObject({ kunci: false, alasanKritikal: null });
    expect(out.slates).toMatchObject({ runId: expect.any(String) as unknown });
    expect((await listKeyPositions(db(), jab)).items.map((p) => p.kode)).toEqual(['KP-01']);
    const [entry] = await queryRows<{ before: unknown; after: unknown }>(
      db(),
      "select before, after from audit_log where action = 'position.key_unset'",
    );
    expect(entry).toEqual({
      before: { kode: 'ADM-01', kunci: true, alasanKritikal: 'Jabatan strategis: pengelola seluruh mutasi' },
      after: { kode: 'ADM-01', kunci: false, alasanKritikal: null, alasan: why },
    });
  });

  it("keeps tenants apart: one instansi's call never reads or changes another's position of the same kode", async () => {
    await setKeyPosition(db(), lain, 'ADM-01', { kunci: true, alasan: REASON }, 'uji');
    const [theirs] = (await listPositions(db(), lain.id, page)).items;
    expect(theirs).toMatchObject({ nama: 'Kepala Bagian Umum', kunci: true });
    const [ours] = (await listPositions(db(), jab.id, { ...page, cari: 'ADM-01' })).items;
    expect(ours).toMatchObject({ nama: 'Kepala Bidang Mutasi', kunci: false });
    await expect(
      setKeyPosition(db(), lain, 'KP-01', { kunci: false, alasan: REASON }, 'uji'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Jabatan "KP-01" tidak ditemukan di lain.' });
  });

  it('reports no slates for an instansi without a published mapping (nothing to compute them on)', async () => {
    const out = await setKeyPosition(db(), lain, 'ADM-01', { kunci: false, alasan: REASON }, 'uji');
    expect(out.slates).toBeNull();
  });
});
