import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createAccount, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { createInstansi } from '../../../test/factories.js';
import { queryRows } from '../../db/query.js';
import { BAWAAN_V1 } from '../../domain/rule-set.js';
import { buildApp, type App } from '../../platform/http/app.js';

type Version = { aturan: string; kode: string; versi: number; status: string; milik: string; hash: string };

describeDb('rule-set API: list, view, copy, edit a draft, new version, publish', (database) => {
  let app: App;
  const browsers: Record<string, Browser> = {};

  beforeAll(async () => {
    const db = database().db;
    const prov = await createInstansi(db, 'prov', 'PROVINSI');
    const kab = await createInstansi(db, 'kab', 'KABUPATEN', prov.id);
    await createAccount(db, { username: 'admin', role: 'ADMIN_INSTANSI', instansiId: kab.id });
    await createAccount(db, { username: 'provinsi', role: 'ADMIN_PROVINSI', instansiId: prov.id });
    await createAccount(db, { username: 'komite', role: 'KOMITE_TALENTA', instansiId: kab.id });
    app = await buildApp({ database: database(), config: testConfig() });
    for (const name of ['admin', 'provinsi', 'komite']) browsers[name] = await signIn(app, name);
  });
  afterAll(async () => {
    await app.close();
  });

  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({
      method,
      url: `/api/instansi/kab/aturan${url}`,
      headers: as(browsers[who]),
      ...(payload ? { payload } : {}),
    });

  it('lists the built-in Bawaan v1 and shows its content', async () => {
    const list = (await call('komite', 'GET', '')).json<{ items: Version[] }>();
    expect(list.items).toEqual([
      expect.objectContaining({ aturan: 'bawaan@1', status: 'PUBLISHED', milik: 'BAWAAN' }),
    ]);
    const view = await call('komite', 'GET', '/bawaan');
    expect(view.json<{ isi: unknown }>().isi).toEqual(BAWAAN_V1);
    expect((await call('komite', 'GET', '/tidak-ada')).statusCode).toBe(404);
  });

  it('copies, edits a draft with field-level Indonesian errors, publishes, then refuses edits', async () => {
    const copied = await call('admin', 'POST', '', { dari: 'bawaan', kode: 'kab-2026', nama: 'Aturan 2026' });
    expect(copied.statusCode, copied.body).toBe(201);
    expect(copied.json<Version>()).toMatchObject({
      aturan: 'kab-2026@1',
      status: 'DRAFT',
      milik: 'INSTANSI',
    });
    expect((await call('admin', 'POST', '', { kode: 'kab-2026', nama: 'Lagi' })).statusCode).toBe(409);
    expect((await call('komite', 'POST', '', { kode: 'komite-1', nama: 'X' })).statusCode).toBe(403);

    const bad = { ...BAWAAN_V1, weights: { ...BAWAAN_V1.weights, competency: 0.9 } };
    const invalid = await call('admin', 'PUT', '/kab-2026@1', { isi: bad });
    expect(invalid.statusCode).toBe(422);
    const error = invalid.json<{ code: string; details: { path: string; message: string }[] }>();
    expect(error.code).toBe('RULE_SET_INVALID');
    expect(error.details.find((d) => d.path === 'weights')?.message).toContain('jumlah bobot harus 1');
    const changed = { ...BAWAAN_V1, performanceCutOffs: { ...BAWAAN_V1.performanceCutOffs, above: 95 } };
    const saved = await call('admin', 'PUT', '/kab-2026@1', { isi: changed });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<{ isi: typeof BAWAAN_V1 }>().isi.performanceCutOffs.above).toBe(95);

    const published = await call('admin', 'POST', '/kab-2026@1/terbitkan');
    expect(published.json<Version>()).toMatchObject({ aturan: 'kab-2026@1', status: 'PUBLISHED' });
    const refused = await call('admin', 'PUT', '/kab-2026@1', { isi: BAWAAN_V1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ code: string }>().code).toBe('RULE_SET_PUBLISHED');

    const next = await call('admin', 'POST', '/kab-2026/versi-baru');
    expect(next.statusCode).toBe(201);
    expect(next.json<Version>()).toMatchObject({ aturan: 'kab-2026@2', status: 'DRAFT' });
    const list = (await call('admin', 'GET', '')).json<{ items: Version[] }>();
    expect(list.items.map((v) => v.aturan)).toEqual(['kab-2026@2', 'kab-2026@1', 'bawaan@1']);
  });

  it('lets the province admin manage a kabupaten of the province, and audits every change', async () => {
    const copied = await call('provinsi', 'POST', '', { kode: 'dari-provinsi', nama: 'Dari provinsi' });
    expect(copied.statusCode).toBe(201);
    const rows = await queryRows<{ actor: string; action: string }>(
      database().db,
      "select actor, action from audit_log where action like 'rule_set.%' and actor like 'user:%' order by seq",
    );
    expect(rows.map((r) => `${r.actor} ${r.action}`)).toEqual([
      'user:admin rule_set.copy',
      'user:admin rule_set.update',
      'user:admin rule_set.publish',
      'user:admin rule_set.new_version',
      'user:provinsi rule_set.copy',
    ]);
  });
});
