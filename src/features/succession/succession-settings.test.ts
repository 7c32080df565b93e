import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createAccount, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
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
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import type { Role } from '../auth/policies/roles.js';
import { runMapping, runMappings } from '../mapping/mapping.service.js';
import { buildApp, type App } from '../../platform/http/app.js';
import { buildSuccessionExport } from './succession-export.js';
import { findCurrentRun } from './succession-runs.repository.js';
import { recomputeSlates } from './succession.service.js';

/**
 * Stored succession settings and the provincial pool (rules.md §6): a province (`prov`) with a JPT Pratama
 * key position `JPT-1` and an Administrator key position `ADM-1`; kabupaten `kaba` (published mapping) with
 * an Administrator who outranks the province's own and a Pengawas; kabupaten `kabb` without a published
 * mapping; `kabc` of another province. Mapping year 2025.
 */
describeDb('succession settings and the provincial pool (service and API)', (database) => {
  const db = () => database().db;
  let app: App;
  const browsers = new Map<string, Browser>();
  const nip: Record<string, string> = {};
  let provId = 0;

  async function person(
    instansiId: number,
    unitId: string,
    name: string,
    over: Parameters<typeof createEmployee>[2],
    level: number,
  ) {
    const e = await createEmployee(db(), instansiId, {
      unitId,
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
    nip[name] = e.nip;
    return e;
  }

  const account = async (username: string, role: Role, instansiId: number) => {
    await createAccount(db(), { username, role, instansiId });
    browsers.set(username, await signIn(app, username));
  };
  const call = async <T>(username: string, method: 'GET' | 'PUT', url: string, payload?: object) => {
    const res = await app.inject({
      method,
      url: `/api/instansi/${url}`,
      headers: as(browsers.get(username)),
      ...(payload ? { payload } : {}),
    });
    return { status: res.statusCode, body: res.json<T>() };
  };

  beforeAll(async () => {
    const prov = await createInstansi(db(), 'prov', 'PROVINSI');
    provId = prov.id;
    const kaba = await createInstansi(db(), 'kaba', 'KABUPATEN', prov.id);
    const kabb = await createInstansi(db(), 'kabb', 'KABUPATEN', prov.id);
    const prov2 = await createInstansi(db(), 'prov2', 'PROVINSI');
    const kabc = await createInstansi(db(), 'kabc', 'KABUPATEN', prov2.id);
    const unit = async (id: number) => (await createUnit(db(), id, 'Sekretariat')).id;
    const [up, ua, ub, uc] = [
      await unit(prov.id),
      await unit(kaba.id),
      await unit(kabb.id),
      await unit(kabc.id),
    ];
    await createPosition(db(), prov.id, up, { kode: 'JPT-1', jenjang: 'JPT_PRATAMA', isKey: true });
    await createPosition(db(), prov.id, up, { kode: 'ADM-1', jenjang: 'ADMINISTRATOR', isKey: true });
    await person(prov.id, up, 'provAdm', {}, 3.8); // JPM 95 on JPT-1
    await person(
      prov.id,
      up,
      'provPengawas',
      { jenjang: 'PENGAWAS', golongan: 'IV/a', tmtJabatan: '2018-01-01' },
      4,
    );
    await person(kaba.id, ua, 'kabAdm', {}, 4); // JPM 100: first on JPT-1 once drawn
    await person(
      kaba.id,
      ua,
      'kabPengawas',
      { jenjang: 'PENGAWAS', golongan: 'IV/a', tmtJabatan: '2018-01-01' },
      4,
    );
    await person(kabb.id, ub, 'kabbAdm', {}, 4); // no published mapping: never drawn
    await person(kabc.id, uc, 'otherAdm', {}, 4); // another province
    for (const kode of ['prov', 'kaba', 'kabc'])
      await runMapping(db(), { instansiKode: kode, periode: 2025, actor: 'uji', publish: true });
    await runMapping(db(), { instansiKode: 'kabb', periode: 2025, actor: 'uji' });
    app = await buildApp({ database: database(), config: testConfig() });
    await account('admin-provinsi.prov', 'ADMIN_PROVINSI', prov.id);
    await account('admin-instansi.prov', 'ADMIN_INSTANSI', prov.id);
    await account('komite.prov', 'KOMITE_TALENTA', prov.id);
    await account('admin-instansi.kaba', 'ADMIN_INSTANSI', kaba.id);
    await account('ppk.kaba', 'PPK', kaba.id);
  });
  afterAll(async () => {
    await app?.close();
  });

  type Settings = {
    efektif: Record<string, unknown>;
    tersimpan: Record<string, unknown>;
    bawaan: Record<string, unknown>;
    poolProvinsiTersedia: boolean;
    diubahOleh: string | null;
    perhitungan?: { runId?: string; error?: string; drawn?: number | null };
  };
  type Slate = {
    dariPoolProvinsi: boolean;
    memenuhiSyarat: number;
    tidakMemenuhiSyarat: number;
    kandidat: { nipBaru: string; nama: string; instansi: { kode: string } | null; peringkat: number }[];
  };

  it('reads the defaults, and offers the provincial pool to a province only', async () => {
    const prov = await call<Settings>('komite.prov', 'GET', 'prov/suksesi/pengaturan');
    expect(prov.status).toBe(200);
    expect(prov.body).toMatchObject({
      efektif: { slateSize: 5, coverageMinEligible: 3, pppkForJpt: false, jptFromProvincialPool: false },
      tersimpan: {},
      bawaan: { slateSize: 5, readyNowJpm: 90, readySoonJpm: 78 },
      poolProvinsiTersedia: true,
      diubahOleh: null,
    });
    const kab = await call<Settings>('admin-instansi.kaba', 'GET', 'kaba/suksesi/pengaturan');
    expect(kab.body.poolProvinsiTersedia).toBe(false);
  });

  it('without the pool, a province JPT slate holds its own people only; a kabupaten publishing changes nothing there', async () => {
    await recomputeSlates(db(), { instansi: { kode: 'prov' }, actor: 'uji' });
    const slate = await call<Slate>('admin-instansi.prov', 'GET', 'prov/suksesi/jabatan-kunci/JPT-1');
    expect(slate.body.kandidat.map((c) => [c.nipBaru, c.instansi])).toEqual([[nip.provAdm, null]]);
    expect(slate.body.dariPoolProvinsi).toBe(false);
    const out = await runMapping(db(), { instansiKode: 'kaba', periode: 2025, actor: 'uji', publish: true });
    expect(out.slates).not.toHaveProperty('province');
  });

  it.each([
    {
      who: 'admin-instansi.kaba',
      at: 'kaba',
      body: { jptFromProvincialPool: true },
      status: 400,
      message: /jptFromProvincialPool hanya dapat diaktifkan oleh instansi provinsi/,
    },
    {
      who: 'admin-instansi.prov',
      at: 'prov',
      body: { slateSize: 0, readyNowJpm: 120 },
      status: 400,
      message:
        /slateSize \(jumlah kandidat per jabatan kunci\) harus bilangan bulat 1–20 \(sekarang 0\)\..*readyNowJpm .* harus angka 0–100 \(sekarang 120\)/,
    },
    {
      who: 'admin-provinsi.prov',
      at: 'kaba',
      body: { slateSize: 4 },
      status: 403,
      message: /tidak berwenang/,
    },
    { who: 'komite.prov', at: 'prov', body: { slateSize: 4 }, status: 403, message: /tidak berwenang/ },
    {
      who: 'admin-instansi.kaba',
      at: 'prov',
      body: { slateSize: 4 },
      status: 404,
      message: /tidak ditemukan/,
    },
  ])('$who PUT on $at $body → $status', async ({ who, at, body, status, message }) => {
    const res = await call<{ message: string }>(who, 'PUT', `${at}/suksesi/pengaturan`, body);
    expect(res.status).toBe(status);
    expect(res.body.message).toMatch(message);
    const stored = await queryRows<{ n: number }>(db(), 'select count(*)::int as n from succession_setting');
    expect(stored[0]!.n).toBe(0);
  });

  it('Admin Provinsi turns the pool on: stored, audited before/after, and the slates recomputed with it', async () => {
    const res = await call<Settings>('admin-provinsi.prov', 'PUT', 'prov/suksesi/pengaturan', {
      jptFromProvincialPool: true,
      slateSize: 3,
      pppkForJpt: false, // the default: not stored
    });
    expect(res.status).toBe(200);
    expect(res.body.tersimpan).toEqual({ jptFromProvincialPool: true, slateSize: 3 });
    expect(res.body.efektif).toMatchObject({
      jptFromProvincialPool: true,
      slateSize: 3,
      coverageMinEligible: 3,
    });
    expect(res.body.diubahOleh).toBe('user:admin-provinsi.prov');
    // Only kaba's Administrator is loaded: its Pengawas cannot step up to JPT; kabb has no published mapping.
    expect(res.body.perhitungan).toMatchObject({ runId: expect.any(String) as unknown, drawn: 1 });
    const run = await findCurrentRun(db(), provId);
    expect(run!.id).toBe(res.body.perhitungan!.runId);
    expect(run!.settings).toMatchObject({ jptFromProvincialPool: true, slateSize: 3 });
    expect(run!.summary).toMatchObject({
      provincialPool: {
        drawn: 1,
        governments: [
          { kode: 'kaba', people: 1, periode: 2025 },
          { kode: 'kabb', people: 0, mappingRunId: null },
        ],
        notes: [expect.stringContaining('(kabb) belum memiliki pemetaan terbit') as unknown],
      },
    });
    const audit = await queryRows<{ actor: string; before: unknown; after: unknown }>(
      db(),
      "select actor, before, after from audit_log where action = 'succession.configure'",
    );
    expect(audit).toEqual([
      {
        actor: 'user:admin-provinsi.prov',
        before: null,
        after: { jptFromProvincialPool: true, slateSize: 3 },
      },
    ]);
  });

  it("shows a kabupaten's Administrator first on the province JPT slate, with their government", async () => {
    const slate = await call<Slate>('admin-instansi.prov', 'GET', 'prov/suksesi/jabatan-kunci/JPT-1');
    expect(slate.status).toBe(200);
    expect(slate.body.dariPoolProvinsi).toBe(true);
    expect(slate.body).toMatchObject({ pengaturan: { slateSize: 3, coverageMinEligible: 3 } });
    expect(slate.body.kandidat.map((c) => [c.peringkat, c.nipBaru, c.instansi?.kode ?? null])).toEqual([
      [1, nip.kabAdm, 'kaba'],
      [2, nip.provAdm, null],
    ]);
    expect(slate.body.kandidat[0]!.nama).toMatch(/^Pegawai /);
    // Reason counts cover the province's own people plus the drawn candidate.
    expect(slate.body.memenuhiSyarat + slate.body.tidakMemenuhiSyarat).toBe(3);
    const list = await call<{
      items: { kode: string; suksesorDarurat: { nipBaru: string; instansi: string | null } }[];
    }>('komite.prov', 'GET', 'prov/suksesi/jabatan-kunci');
    expect(list.body.items.find((i) => i.kode === 'JPT-1')!.suksesorDarurat).toEqual({
      nipBaru: nip.kabAdm,
      nama: expect.any(String) as unknown,
      instansi: 'kaba',
    });
  });

  it('keeps the Administrator slate to the province own people', async () => {
    const slate = await call<Slate>('admin-instansi.prov', 'GET', 'prov/suksesi/jabatan-kunci/ADM-1');
    expect(slate.body.dariPoolProvinsi).toBe(false);
    expect(slate.body.kandidat.map((c) => c.nipBaru).sort()).toEqual([nip.provAdm, nip.provPengawas].sort());
    expect(slate.body.kandidat.every((c) => c.instansi === null)).toBe(true);
    expect(slate.body.memenuhiSyarat + slate.body.tidakMemenuhiSyarat).toBe(2);
    // The kabupaten's Pengawas is not a candidate there: not found for the province's explanation.
    const why = await call(
      'admin-instansi.prov',
      'GET',
      `prov/suksesi/jabatan-kunci/ADM-1/syarat/${nip.kabPengawas}`,
    );
    expect(why.status).toBe(404);
  });

  it('explains and compares a kabupaten candidate on the province JPT slate', async () => {
    const why = await call<{ memenuhiSyarat: boolean; instansi: string | null; kesiapan: string }>(
      'komite.prov',
      'GET',
      `prov/suksesi/jabatan-kunci/JPT-1/syarat/${nip.kabAdm}`,
    );
    expect(why.status).toBe(200);
    expect(why.body).toMatchObject({ memenuhiSyarat: true, instansi: 'kaba', kesiapan: 'SIAP_SEKARANG' });
    // A kabupaten's Pengawas is not drawn (their level cannot step up to JPT Pratama): to the province they
    // are unknown, as any kabupaten employee the pool does not draw — no lookup of the kabupaten's staff.
    const pengawas = await call<{ message: string }>(
      'komite.prov',
      'GET',
      `prov/suksesi/jabatan-kunci/JPT-1/syarat/${nip.kabPengawas}`,
    );
    expect(pengawas.status).toBe(404);
    const cmp = await call<{ pegawai: { nipBaru: string; instansi: string | null; jpmTarget: number }[] }>(
      'komite.prov',
      'GET',
      `prov/suksesi/jabatan-kunci/JPT-1/bandingkan?nip=${nip.kabAdm},${nip.provAdm}`,
    );
    expect(cmp.body.pegawai.map((p) => [p.nipBaru, p.instansi, p.jpmTarget])).toEqual([
      [nip.kabAdm, 'kaba', 100],
      [nip.provAdm, null, 95],
    ]);
    // Nobody of another province, nor of a kabupaten without a published mapping.
    for (const other of [nip.otherAdm, nip.kabbAdm])
      expect(
        (await call('komite.prov', 'GET', `prov/suksesi/jabatan-kunci/JPT-1/syarat/${other}`)).status,
      ).toBe(404);
  });

  it("keeps the province's slates from a kabupaten's users, and the kabupaten's own slates its own", async () => {
    for (const who of ['admin-instansi.kaba', 'ppk.kaba'])
      expect((await call(who, 'GET', 'prov/suksesi/jabatan-kunci/JPT-1')).status).toBe(404);
    await recomputeSlates(db(), { instansi: { kode: 'kaba' }, actor: 'uji' });
    const own = await call<{ items: unknown[] }>('ppk.kaba', 'GET', 'kaba/suksesi/jabatan-kunci');
    expect(own.status).toBe(200);
  });

  it("puts the province JPT slate on the kabupaten candidate's talent card, for the Admin Provinsi only", async () => {
    type Card = {
      items: { jabatan: { kode: string }; instansi: { kode: string } | null; peringkat: number }[];
    };
    const card = (who: string) => call<Card>(who, 'GET', `kaba/pegawai/${nip.kabAdm}/suksesi`);
    const province = await card('admin-provinsi.prov');
    expect(province.status).toBe(200);
    expect(province.body.items).toContainEqual(
      expect.objectContaining({
        jabatan: expect.objectContaining({ kode: 'JPT-1' }) as unknown,
        instansi: expect.objectContaining({ kode: 'prov' }) as unknown,
        periode: 2025,
        peringkat: 1,
      }),
    );
    // The kabupaten's own readers see their own slates only: the province's are not theirs to read.
    const own = await card('ppk.kaba');
    expect(own.status).toBe(200);
    expect(own.body.items.filter((i) => i.instansi !== null)).toEqual([]);
    expect(own.body.items.every((i) => i.jabatan.kode !== 'JPT-1')).toBe(true);
  });

  it("recomputes the province's slates when a kabupaten publishes a mapping, and says so", async () => {
    const before = await findCurrentRun(db(), provId);
    const out = await runMapping(db(), { instansiKode: 'kaba', periode: 2025, actor: 'uji', publish: true });
    expect(out.slates).toMatchObject({ runId: expect.any(String) as unknown, province: { kode: 'prov' } });
    const province = out.slates && 'province' in out.slates ? out.slates.province : undefined;
    expect(province && 'runId' in province).toBe(true);
    const after = await findCurrentRun(db(), provId);
    expect(after!.id).not.toBe(before!.id);
    expect(province && 'runId' in province && province.runId).toBe(after!.id);
  });

  it('exports the kabupaten candidate with their government (instansiPegawai), also with --semua', async () => {
    const slate = await buildSuccessionExport(db(), 'prov', false);
    const col = slate.table.columns.indexOf('instansiPegawai');
    expect([...slate.table.rows].filter((r) => r[0] === 'JPT-1').map((r) => [r[4], r[col]])).toEqual([
      [nip.kabAdm, 'kaba'],
      [nip.provAdm, 'prov'],
    ]);
    const all = await buildSuccessionExport(db(), 'prov', true);
    const allCol = all.table.columns.indexOf('instansiPegawai');
    const jpt = [...all.table.rows].filter((r) => r[0] === 'JPT-1');
    expect(jpt.map((r) => [r[4], r[allCol]]).slice(0, 2)).toEqual([
      [nip.kabAdm, 'kaba'],
      [nip.provAdm, 'prov'],
    ]);
    expect(jpt).toHaveLength(3);
    expect([...all.table.rows].filter((r) => r[0] === 'ADM-1').every((r) => r[allCol] === 'prov')).toBe(true);
  });

  it('lets an explicit override sit on top of the stored settings (CLI --ukuran, bench)', async () => {
    const out = await recomputeSlates(db(), {
      instansi: { kode: 'prov' },
      actor: 'uji',
      settings: { slateSize: 1 },
    });
    const run = await findCurrentRun(db(), provId);
    expect(run!.id).toBe(out.runId);
    expect(run!.settings).toMatchObject({ slateSize: 1, jptFromProvincialPool: true });
    const slate = await call<Slate>('komite.prov', 'GET', 'prov/suksesi/jabatan-kunci/JPT-1');
    expect(slate.body.kandidat.map((c) => c.nipBaru)).toEqual([nip.kabAdm]);
  });

  it('reports a failed recomputation without undoing the change (no published mapping)', async () => {
    const res = await call<Settings>('admin-instansi.kaba', 'PUT', 'kaba/suksesi/pengaturan', {
      coverageMinEligible: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.perhitungan).toMatchObject({ runId: expect.any(String) as unknown });
    await createAccount(db(), {
      username: 'admin-instansi.kabb',
      role: 'ADMIN_INSTANSI',
      instansiId: await idOf(db(), 'kabb'),
    });
    browsers.set('admin-instansi.kabb', await signIn(app, 'admin-instansi.kabb'));
    const kabb = await call<Settings>('admin-instansi.kabb', 'PUT', 'kabb/suksesi/pengaturan', {
      slateSize: 2,
    });
    expect(kabb.status).toBe(200);
    expect(kabb.body.tersimpan).toEqual({ slateSize: 2 });
    expect(kabb.body.perhitungan?.error).toMatch(/Belum ada pemetaan talenta yang terbit/);
  });

  it('draws nobody from a kabupaten whose published mapping is of another year, and says so', async () => {
    // kabb publishes its 2024 mapping: boxes of 2024 are not ranked against the province's 2025 ones.
    await runMapping(db(), { instansiKode: 'kabb', periode: 2024, actor: 'uji', publish: true });
    const out = await recomputeSlates(db(), { instansi: { kode: 'prov' }, actor: 'uji' });
    const run = await findCurrentRun(db(), provId);
    expect(run!.id).toBe(out.runId);
    expect(run!.summary).toMatchObject({
      provincialPool: {
        governments: expect.arrayContaining([
          expect.objectContaining({ kode: 'kabb', periode: 2024, people: 0, mappingRunId: null }),
        ]) as unknown,
        notes: expect.arrayContaining([
          expect.stringContaining('(kabb): pemetaan terbit terakhirnya periode 2024') as unknown,
        ]) as unknown,
      },
    });
    const why = await call('komite.prov', 'GET', `prov/suksesi/jabatan-kunci/JPT-1/syarat/${nip.kabbAdm}`);
    expect(why.status).toBe(404);
  });

  it('recomputes the province once after a batch of its kabupaten publishing (map --all), not once each', async () => {
    const runsOfProvince = async () =>
      (
        await queryRows<{ n: number }>(
          db(),
          `select count(*)::int as n from succession_run where instansi_id = ${provId}`,
        )
      )[0]!.n;
    const before = await runsOfProvince();
    const outputs = await runMappings(
      db(),
      ['kaba', 'kabb'].map((instansiKode) => ({ instansiKode, periode: 2025, actor: 'uji', publish: true })),
      2,
    );
    expect(await runsOfProvince()).toBe(before + 1);
    const current = await findCurrentRun(db(), provId);
    for (const out of outputs)
      expect(out.slates).toMatchObject({ province: { kode: 'prov', runId: current!.id } });
    // kabb now has the province's period: its Administrator is drawn again.
    expect(current!.summary).toMatchObject({
      provincialPool: {
        governments: expect.arrayContaining([
          expect.objectContaining({ kode: 'kabb', periode: 2025, people: 1 }),
        ]) as unknown,
      },
    });
  });

  it('chains the audit of two settings changes made at the same time (the second "before" is the first "after")', async () => {
    const kaba = await idOf(db(), 'kaba');
    const [a, b] = await Promise.all([
      call('admin-instansi.kaba', 'PUT', 'kaba/suksesi/pengaturan', { slateSize: 7 }),
      call('admin-instansi.kaba', 'PUT', 'kaba/suksesi/pengaturan', { slateSize: 9 }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const entries = await queryRows<{ before: unknown; after: unknown }>(
      db(),
      `select before, after from audit_log where instansi_id = ${kaba} and action = 'succession.configure'
       order by seq desc limit 2`,
    );
    const [last, previous] = entries;
    expect(last!.before).toEqual(previous!.after);
    expect([previous!.after, last!.after]).toEqual(
      expect.arrayContaining([{ slateSize: 7 }, { slateSize: 9 }]) as unknown,
    );
  });
});

async function idOf(db: Db, kode: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(db, `select id from instansi where kode = '${kode}'`);
  return row!.id;
}
