import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addCompetency,
  addPotential,
  addSkp,
  createEmployee,
  createInstansi,
  createUnit,
} from '../../../test/factories.js';
import { as, createAccount, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { runMapping } from '../../features/mapping/mapping.service.js';
import { buildApp, type App } from './app.js';

describeDb('http app', (database) => {
  let app: App;
  let nip: string;
  let admin: Browser;

  beforeAll(async () => {
    const db = database().db;
    const prov = await createInstansi(db, 'prov', 'PROVINSI');
    const kab = await createInstansi(db, 'kab', 'KABUPATEN', prov.id);
    const u = await createUnit(db, kab.id);
    const e = await createEmployee(db, kab.id, { unitId: u.id, jenjang: 'ADMINISTRATOR' });
    await addSkp(db, e, 2025, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    await addCompetency(db, e, '2025-01-01', 3);
    await addPotential(db, e, '2025-01-01', { total: 75 });
    await runMapping(db, { instansiKode: 'kab', periode: 2025, actor: 'test', publish: true });
    nip = e.nip;
    await createAccount(db, { username: 'admin.provinsi', role: 'ADMIN_PROVINSI', instansiId: prov.id });
    app = await buildApp({ database: database(), config: testConfig() });
    admin = await signIn(app, 'admin.provinsi');
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers the health check', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('lists instansi with their parent and employee count', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/instansi', headers: as(admin) });
    expect(res.json()).toEqual({
      items: [
        { kode: 'prov', nama: 'Instansi prov', jenis: 'PROVINSI', indukKode: null, jumlahPegawai: 0 },
        { kode: 'kab', nama: 'Instansi kab', jenis: 'KABUPATEN', indukKode: 'prov', jumlahPegawai: 1 },
      ],
    });
  });

  it('serves an explanation, and answers errors with {code, message}', async () => {
    const get = (url: string) => app.inject({ method: 'GET', url, headers: as(admin) });
    const ok = await get(`/api/instansi/kab/pemetaan/penjelasan/${nip}?periode=2025`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ nip, periode: 2025, explanation: { status: 'DIPETAKAN' } });

    const missing = await get('/api/instansi/tidakada/pemetaan');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('tidakada') as unknown,
    });

    const invalid = await get('/api/instansi/kab/pemetaan/penjelasan/123');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ code: 'VALIDATION' });

    const unknown = await get('/api/tidak-ada');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
    expect(scriptSrc?.trim()).toBe("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
