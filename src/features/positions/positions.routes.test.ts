import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createAccount, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { createInstansi, createPosition, createUnit } from '../../../test/factories.js';
import type { Role } from '../auth/policies/roles.js';
import { buildApp, type App } from '../../platform/http/app.js';

const REASON = 'Jabatan strategis pengelola keuangan daerah';

/**
 * The register over HTTP: who may read and change it, tenant isolation between two kabupaten of a province,
 * and the answers a page gets (validation, conflict). No published mapping: `slates` is null.
 */
describeDb('position register API: policies, tenants, answers', (database) => {
  let app: App;
  const browsers: Record<string, Browser> = {};

  beforeAll(async () => {
    const db = database().db;
    const prov = await createInstansi(db, 'prov', 'PROVINSI');
    const kab = await createInstansi(db, 'kab', 'KABUPATEN', prov.id);
    const tetangga = await createInstansi(db, 'tetangga', 'KABUPATEN', prov.id);
    for (const inst of [kab, tetangga]) {
      const root = await createUnit(db, inst.id, `Pemerintah ${inst.kode}`);
      await createPosition(db, inst.id, root.id, {
        kode: 'ADM-01',
        nama: 'Kepala Bagian',
        jenjang: 'ADMINISTRATOR',
      });
    }
    const unit = await db.query.unit.findFirst({ where: (u, { eq }) => eq(u.instansiId, kab.id) });
    const accounts: [string, Role, number, string | null][] = [
      ['admin', 'ADMIN_INSTANSI', kab.id, null],
      ['admin-unit', 'ADMIN_INSTANSI', kab.id, unit!.id],
      ['komite', 'KOMITE_TALENTA', kab.id, null],
      ['pimpinan', 'PIMPINAN_UNIT', kab.id, unit!.id],
      ['tetangga', 'ADMIN_INSTANSI', tetangga.id, null],
      ['provinsi', 'ADMIN_PROVINSI', prov.id, null],
    ];
    for (const [username, role, instansiId, unitId] of accounts)
      await createAccount(db, { username, role, instansiId, unitId });
    app = await buildApp({ database: database(), config: testConfig() });
    for (const [username] of accounts) browsers[username] = await signIn(app, username);
  });
  afterAll(async () => {
    await app.close();
  });

  const list = (who: string, query = '') =>
    app.inject({ method: 'GET', url: `/api/instansi/kab/jabatan${query}`, headers: as(browsers[who]) });
  const put = (who: string, body: object, kode = 'ADM-01', instansi = 'kab') =>
    app.inject({
      method: 'PUT',
      url: `/api/instansi/${instansi}/jabatan/${kode}/kunci`,
      headers: as(browsers[who]),
      payload: body,
    });

  it('lets those who prepare succession read, not a unit head; and the province reads a kabupaten', async () => {
    for (const who of ['admin', 'komite', 'provinsi']) expect((await list(who)).statusCode, who).toBe(200);
    expect((await list('pimpinan')).statusCode).toBe(403);
    expect((await list('tetangga')).statusCode).toBe(404);
    const body = (await list('komite', '?kunci=false&jenjang=ADMINISTRATOR&ukuran=10')).json<{
      items: { kode: string }[];
      total: number;
      ukuran: number;
    }>();
    expect(body).toMatchObject({ total: 1, ukuran: 10, items: [{ kode: 'ADM-01' }] });
    const bad = await list('komite', '?kunci=ya');
    expect([bad.statusCode, bad.json<{ code: string }>().code]).toEqual([400, 'VALIDATION']);
  });

  it('lets only the Admin Instansi of the whole instansi change the key set', async () => {
    const body = { kunci: true, alasan: REASON };
    expect((await put('komite', body)).statusCode).toBe(403);
    expect((await put('provinsi', body)).statusCode).toBe(403);
    expect((await put('tetangga', body)).statusCode).toBe(404);
    const limited = await put('admin-unit', body);
    expect([limited.statusCode, limited.json<{ message: string }>().message]).toEqual([
      403,
      'Jabatan kunci berlaku untuk seluruh instansi; akun dengan cakupan unit tidak dapat mengubahnya.',
    ]);
    const noCsrf = await app.inject({
      method: 'PUT',
      url: '/api/instansi/kab/jabatan/ADM-01/kunci',
      headers: as(browsers.admin, false),
      payload: body,
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('marks with a reason, answers the position and null slates, refuses a repeat and a short reason', async () => {
    const short = await put('admin', { kunci: true, alasan: 'penting' });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ message: string }>().message).toMatch(/^Alasan wajib diisi untuk menetapkan/);
    const done = await put('admin', { kunci: true, alasan: REASON });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      jabatan: { kode: 'ADM-01', kunci: true, alasanKritikal: REASON, pemangku: null },
      slates: null,
    });
    expect((await put('admin', { kunci: true, alasan: REASON })).statusCode).toBe(409);
    expect((await put('admin', { kunci: true, alasan: REASON }, 'TIDAK-ADA')).statusCode).toBe(404);
    // The neighbour's position of the same kode is untouched.
    const theirs = await app.inject({
      method: 'GET',
      url: '/api/instansi/tetangga/jabatan',
      headers: as(browsers.tetangga),
    });
    expect(theirs.json<{ items: { kunci: boolean }[] }>().items).toEqual([
      expect.objectContaining({ kunci: false }),
    ]);
  });
});
