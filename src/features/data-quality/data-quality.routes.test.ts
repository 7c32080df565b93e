import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createAccount, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { createEmployee, createInstansi, createUnit } from '../../../test/factories.js';
import { buildApp, type App } from '../../platform/http/app.js';

describeDb('data-quality route', (database) => {
  let app: App;
  let admin: Browser;
  let pegawai: Browser;

  beforeAll(async () => {
    const db = database().db;
    const kab = await createInstansi(db, 'kab');
    const unit = await createUnit(db, kab.id, 'Dinas');
    const e = await createEmployee(db, kab.id, { unitId: unit.id });
    await createAccount(db, { username: 'admin.kab', role: 'ADMIN_INSTANSI', instansiId: kab.id });
    await createAccount(db, {
      username: 'pegawai.kab',
      role: 'PEGAWAI',
      instansiId: kab.id,
      employeeId: e.id,
    });
    app = await buildApp({ database: database(), config: testConfig() });
    admin = await signIn(app, 'admin.kab');
    pegawai = await signIn(app, 'pegawai.kab');
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers counts per unit, without person data', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/instansi/kab/kualitas-data?periode=2025',
      headers: as(admin),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      periode: 2025,
      total: { pegawaiAktif: 1, tidakDapatDipetakan: 1 },
      unit: [{ nama: 'Dinas', pegawaiAktif: 1 }],
    });
    expect(body).not.toHaveProperty('pegawai');
  });

  it('refuses a role without the mapping read, and a missing year', async () => {
    const forbidden = await app.inject({
      method: 'GET',
      url: '/api/instansi/kab/kualitas-data?periode=2025',
      headers: as(pegawai),
    });
    expect(forbidden.statusCode).toBe(403);
    const bad = await app.inject({
      method: 'GET',
      url: '/api/instansi/kab/kualitas-data',
      headers: as(admin),
    });
    expect(bad.statusCode).toBe(400);
  });
});
