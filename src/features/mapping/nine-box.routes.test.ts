import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { buildPeopleWorld, type PeopleWorld } from '../../../test/people-world.js';
import { queryRows } from '../../db/query.js';
import { buildApp, type App } from '../../platform/http/app.js';

type NineBox = {
  runId: string;
  periode: number;
  total: number;
  dipetakan: number;
  tidakDipetakan: number;
  kotak: { kotak: number; jumlah: number; persen: number; kinerja: string; potensial: string }[];
  alasanTidakDipetakan: Record<string, number>;
};

describeDb('9-box API: counts, the people of a box, movement, the mapping download', (database) => {
  let app: App;
  let world: PeopleWorld;
  const browsers: Record<string, Browser> = {};

  beforeAll(async () => {
    world = await buildPeopleWorld(database().db);
    app = await buildApp({ database: database(), config: testConfig() });
    for (const name of ['admin', 'kepala', 'diri', 'auditor']) browsers[name] = await signIn(app, name);
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (who: string, url: string) =>
    app.inject({ method: 'GET', url: `/api/instansi/uji${url}`, headers: as(browsers[who]) });
  const nineBox = async (who: string, query: string) => {
    const res = await get(who, `/pemetaan/kotak?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<NineBox>();
  };

  it('equals the run summary when unfiltered: per box, not mapped, totals, shares', async () => {
    const box = await nineBox('admin', 'periode=2025');
    const s = world.summary2025;
    expect(box).toMatchObject({
      periode: 2025,
      total: s.total,
      dipetakan: s.mapped,
      tidakDipetakan: s.notMapped,
    });
    expect(Object.fromEntries(box.kotak.map((k) => [k.kotak, k.jumlah]))).toEqual(s.perBox);
    expect(box.kotak.reduce((sum, k) => sum + k.persen, 0)).toBeCloseTo(100, 0);
    expect(box.kotak.find((k) => k.kotak === 9)).toMatchObject({
      kinerja: 'DI_ATAS_EKSPEKTASI',
      potensial: 'TINGGI',
    });
    expect(box.alasanTidakDipetakan).toEqual({
      ASESMEN_KOMPETENSI_TIDAK_ADA: 2,
      ASESMEN_POTENSI_TIDAK_ADA: 2,
    });
    // The official run, not the superseded one of the same year.
    const [official] = await queryRows<{ id: string }>(
      database().db,
      "select id from mapping_run where periode = 2025 and status = 'PUBLISHED'",
    );
    expect(box.runId).toBe(official!.id);
    expect((await nineBox('admin', '')).periode).toBe(2025);
  });

  it('narrows by unit subtree and by the job level of the run; a unit head sees their subtree', async () => {
    const dinas = await nineBox('admin', `periode=2025&unit=${world.units.dinas}`);
    expect(dinas.total).toBe(6);
    const admins = await nineBox('admin', 'periode=2025&jenjang=ADMINISTRATOR');
    expect(admins.total).toBe(4);
    const kepala = await nineBox('kepala', 'periode=2025');
    expect(kepala).toMatchObject({ total: 6, dipetakan: dinas.dipetakan });
    expect((await get('admin', '/pemetaan/kotak?periode=2019')).statusCode).toBe(404);
    expect((await get('diri', '/pemetaan/kotak?periode=2025')).statusCode).toBe(403);
  });

  it('lists the people of a box, paged, within reach', async () => {
    const box = await nineBox('admin', 'periode=2025');
    const busiest = [...box.kotak].sort((a, b) => b.jumlah - a.jumlah)[0]!;
    const res = await get(
      'admin',
      `/pemetaan/kotak/${busiest.kotak}/pegawai?periode=2025&ukuran=1&halaman=2`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: { kotak: number }[]; total: number; halaman: number }>();
    expect(body.total).toBe(busiest.jumlah);
    expect(body.items).toHaveLength(busiest.jumlah > 1 ? 1 : 0);
    expect(body.items.every((i) => i.kotak === busiest.kotak)).toBe(true);
    const notMapped = await get('admin', '/pemetaan/kotak/0/pegawai?periode=2025');
    expect(notMapped.json<{ total: number }>().total).toBe(2);
    expect((await get('admin', '/pemetaan/kotak/10/pegawai?periode=2025')).statusCode).toBe(400);
    const mine = await get('diri', '/pemetaan/kotak/0/pegawai?periode=2025');
    expect(mine.json<{ total: number }>().total).toBe(0);
  });

  it('gives the movement matrix and the movers with their boxes', async () => {
    const res = await get('admin', '/pemetaan/pergerakan?dari=2024&ke=2025');
    expect(res.statusCode).toBe(200);
    const m = res.json<{ matrix: Record<string, Record<string, number>>; same: number; movers: unknown[] }>();
    const counted = Object.values(m.matrix).flatMap((row) => Object.values(row));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(12);
    expect(m.same + m.movers.length).toBe(world.summary2025.mapped); // same data both years
    const inDinas = await get('admin', `/pemetaan/pergerakan?dari=2024&ke=2025&unit=${world.units.dinas}`);
    const cells = Object.values(inDinas.json<typeof m>().matrix).flatMap((row) => Object.values(row));
    expect(cells.reduce((a, b) => a + b, 0)).toBe(6);
    const cell = await get('admin', '/pemetaan/pergerakan?dari=2024&ke=2025&dariKotak=5&keKotak=9');
    const body = cell.json<{ movers: { fromBox: number; toBox: number }[] }>();
    expect(body.movers.every((x) => x.fromBox === 5 && x.toBox === 9)).toBe(true);
    const outside = await get('kepala', `/pemetaan/pergerakan?dari=2024&ke=2025&unit=${world.units.badan}`);
    expect(outside.statusCode).toBe(404);
  });

  it('downloads the mapping as CSV, XLSX, JSON and SIMATA, formula-safe, scoped and audited', async () => {
    const csv = await get('admin', '/pemetaan/ekspor?periode=2025&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="pemetaan-uji-2025.csv"');
    expect(csv.body.trim().split('\n')).toHaveLength(13);
    expect(csv.body).toContain(`'=SUM(A1)`);
    const simata = await get('admin', '/pemetaan/ekspor?periode=2025&format=simata');
    expect(simata.headers['content-disposition']).toBe('attachment; filename="pemetaan-uji-2025-simata.csv"');
    expect(simata.body.replace(/^\uFEFF/, '').split('\n')[0]).toBe('nipBaru,box,sumbu_x,sumbu_y,total_sumbu');
    const json = await get('kepala', '/pemetaan/ekspor?periode=2025&format=json');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.json<unknown[]>()).toHaveLength(6);
    const xlsx = await get('admin', '/pemetaan/ekspor?periode=2025&format=xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get('auditor', '/pemetaan/ekspor?periode=2025')).statusCode).toBe(403);
    expect((await get('admin', '/pemetaan/ekspor?periode=2019')).statusCode).toBe(404);
    const audit = await queryRows<{ actor: string; after: { format: string; baris: number } }>(
      database().db,
      "select actor, after from audit_log where action = 'mapping.export' order by seq",
    );
    expect(audit.map((a) => [a.actor, a.after.format, a.after.baris])).toEqual([
      ['user:admin', 'csv', 12],
      ['user:admin', 'simata', world.summary2025.mapped],
      ['user:kepala', 'json', 6],
      ['user:admin', 'xlsx', 12],
    ]);
  });
});
