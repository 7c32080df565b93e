import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { as, createAccount, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import {
  addCompetency,
  addPotential,
  addSkp,
  createEmployee,
  createInstansi,
} from '../../../test/factories.js';
import { queryRows } from '../../db/query.js';
import { buildApp, type App } from '../../platform/http/app.js';

type JobView = {
  id: string;
  status: string;
  fase: string | null;
  persen: number;
  runId: string | null;
  hasil: { published: boolean; summary: { mapped: number } } | null;
  galat: string | null;
};

async function follow(app: App, browser: Browser, id: string): Promise<JobView[]> {
  const seen: JobView[] = [];
  for (let i = 0; i < 2_400; i++) {
    const res: LightMyRequestResponse = await app.inject({
      method: 'GET',
      url: `/api/instansi/uji/pemetaan/proses/${id}`,
      headers: as(browser),
    });
    const view = res.json<JobView>();
    seen.push(view);
    if (view.status === 'SELESAI' || view.status === 'GAGAL') return seen;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`mapping job ${id} never ended: ${JSON.stringify(seen.at(-1))}`);
}

describeDb('mapping run as a background job', (database) => {
  let app: App;
  let admin: Browser;
  let other: Browser;
  let province: Browser;
  let ujiId: number;

  beforeAll(async () => {
    const db = database().db;
    const prov = await createInstansi(db, 'provx', 'PROVINSI');
    const uji = await createInstansi(db, 'uji', 'KABUPATEN', prov.id);
    const lain = await createInstansi(db, 'lain', 'KABUPATEN');
    ujiId = uji.id;
    for (let i = 0; i < 300; i++) {
      const e = await createEmployee(db, uji.id, { jenjang: 'ADMINISTRATOR' });
      await addSkp(db, e, 2025, 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
      await addCompetency(db, e, '2024-01-01', 2 + (i % 3));
      await addPotential(db, e, '2024-01-01', { total: 50 + (i % 40) });
    }
    await createAccount(db, { username: 'admin.uji', role: 'ADMIN_INSTANSI', instansiId: uji.id });
    await createAccount(db, { username: 'admin.lain', role: 'ADMIN_INSTANSI', instansiId: lain.id });
    await createAccount(db, { username: 'admin.provx', role: 'ADMIN_PROVINSI', instansiId: prov.id });
    app = await buildApp({ database: database(), config: testConfig({ TALENTA_JOB_POLL_SECONDS: '0.5' }) });
    admin = await signIn(app, 'admin.uji');
    other = await signIn(app, 'admin.lain');
    province = await signIn(app, 'admin.provx');
  });
  afterAll(async () => {
    await app.close();
  });

  const start = (browser: Browser, payload: object, kode = 'uji') =>
    app.inject({
      method: 'POST',
      url: `/api/instansi/${kode}/pemetaan/jalankan`,
      headers: as(browser),
      payload,
    });

  it('runs a published mapping to completion, with its progress, run and summary, and audits the request', async () => {
    const res = await start(admin, { periode: 2025, aturan: 'bawaan@1', terbitkan: true });
    expect(res.statusCode, res.body).toBe(202);
    const queued = res.json<JobView>();
    expect(queued.status).toBe('MENUNGGU');
    const seen = await follow(app, admin, queued.id);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ status: 'SELESAI', fase: 'selesai', persen: 100, galat: null });
    expect(last.hasil!.published).toBe(true);
    expect(last.hasil!.summary.mapped).toBe(300);
    const percents = seen.map((v) => v.persen);
    expect(percents).toEqual([...percents].sort((a, b) => a - b)); // never goes back
    const db = database().db;
    const [run] = await queryRows<{ status: string }>(
      db,
      `select status from mapping_run where instansi_id = ${ujiId} and id = '${last.runId}'`,
    );
    expect(run!.status).toBe('PUBLISHED');
    const audits = await queryRows<{ action: string }>(
      db,
      `select action from audit_log where instansi_id = ${ujiId} and action like 'mapping%' order by seq`,
    );
    expect(audits.map((a) => a.action)).toEqual([
      'mapping_job.create',
      'mapping_run.create',
      'mapping_run.publish',
    ]);
    const list = await app.inject({
      method: 'GET',
      url: '/api/instansi/uji/pemetaan/proses',
      headers: as(admin),
    });
    expect(list.json<{ items: JobView[] }>().items[0]!.id).toBe(queued.id);
  });

  it('fails the job with a clear message when the rule set does not exist', async () => {
    const res = await start(admin, { periode: 2025, aturan: 'tidak-ada@3' });
    expect(res.statusCode).toBe(202);
    const last = (await follow(app, admin, res.json<JobView>().id)).at(-1)!;
    expect(last.status).toBe('GAGAL');
    expect(last.galat).toMatch(/tidak-ada/);
    expect(last.runId).toBeNull();
  });

  it('fails the job when a draft rule set is to be published', async () => {
    const copy = await app.inject({
      method: 'POST',
      url: '/api/instansi/uji/aturan',
      headers: as(admin),
      payload: { dari: 'bawaan', kode: 'draf-uji', nama: 'Draf uji' },
    });
    expect(copy.statusCode).toBe(201);
    const res = await start(admin, { periode: 2025, aturan: 'draf-uji@1', terbitkan: true });
    const last = (await follow(app, admin, res.json<JobView>().id)).at(-1)!;
    expect(last.status).toBe('GAGAL');
    expect(last.galat).toMatch(/masih draf/);
  });

  it("reads another tenant's job as not found, and refuses the province's admin", async () => {
    const mine = (await start(admin, { periode: 2024 })).json<JobView>();
    await follow(app, admin, mine.id);
    const peek = await app.inject({
      method: 'GET',
      url: `/api/instansi/lain/pemetaan/proses/${mine.id}`,
      headers: as(other),
    });
    expect(peek.statusCode).toBe(404);
    expect((await start(other, { periode: 2025 }, 'uji')).statusCode).toBe(404);
    expect((await start(province, { periode: 2025 })).statusCode).toBe(403);
  });
});
