import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createAccount, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { createInstansi } from '../../../test/factories.js';
import { buildApp, type App } from '../../platform/http/app.js';
import { appendAudit } from './audit.repository.js';
import { verifyAuditChain } from './audit.service.js';

type Page = {
  items: { seq: number; instansi: string | null; aksi: string }[];
  total: number;
  halaman: number;
};

describeDb('audit log for auditors (view and export)', (database) => {
  let app: App;
  let provAuditor: Browser;
  let kabAuditor: Browser;
  const db = () => database().db;
  const get = (b: Browser, url: string) => app.inject({ method: 'GET', url, headers: as(b) });

  beforeAll(async () => {
    const prov = await createInstansi(db(), 'prov', 'PROVINSI');
    const kab = await createInstansi(db(), 'kab', 'KABUPATEN', prov.id);
    const other = await createInstansi(db(), 'lain', 'KABUPATEN');
    await createAccount(db(), { username: 'auditor.prov', role: 'AUDITOR', instansiId: prov.id });
    await createAccount(db(), { username: 'auditor.kab', role: 'AUDITOR', instansiId: kab.id });
    await createAccount(db(), { username: 'admin.kab', role: 'ADMIN_INSTANSI', instansiId: kab.id });
    // An actor name that a spreadsheet would run as a formula.
    await db().transaction((tx) =>
      appendAudit(tx, {
        instansiId: kab.id,
        at: new Date('2025-02-01T00:00:00Z'),
        actor: '=HYPERLINK("x")',
        action: 'uji.rumus',
        entity: 'uji',
      }),
    );
    const entries = [
      { instansiId: kab.id, at: new Date('2025-03-01T10:00:00Z'), action: 'uji.kab' },
      { instansiId: prov.id, at: new Date('2025-03-02T10:00:00Z'), action: 'uji.prov' },
      { instansiId: other.id, at: new Date('2025-03-03T10:00:00Z'), action: 'uji.lain' },
      { instansiId: null, at: new Date('2025-03-04T10:00:00Z'), action: 'uji.global' },
    ];
    for (const e of entries)
      await db().transaction((tx) =>
        appendAudit(tx, { ...e, actor: 'uji', entity: 'uji', after: { nilai: '=1+1' } }),
      );
    app = await buildApp({ database: database(), config: testConfig() });
    provAuditor = await signIn(app, 'auditor.prov');
    kabAuditor = await signIn(app, 'auditor.kab');
  });
  afterAll(async () => {
    await app.close();
  });

  const actions = (res: { json: <T>() => T }) => res.json<Page>().items.map((i) => i.aksi);

  it('shows an instansi auditor its own entries only, and a province auditor the province and global ones', async () => {
    const kab = actions(await get(kabAuditor, '/api/audit?dari=2025-03-01&sampai=2025-03-31'));
    expect(kab).toEqual(['uji.kab']);
    const prov = actions(await get(provAuditor, '/api/audit?dari=2025-03-01&sampai=2025-03-31'));
    expect(prov).toEqual(['uji.global', 'uji.prov', 'uji.kab']);
    // Sign-ins of both auditors are there too (today), newest first.
    const today = await get(kabAuditor, '/api/audit?ukuran=1');
    expect(today.json<Page>()).toMatchObject({
      halaman: 1,
      items: [{ aksi: 'auth.login', instansi: 'kab' }],
    });
  });

  it('filters by instansi and dates, pages, and reads another tenant as not found', async () => {
    expect(
      actions(await get(provAuditor, '/api/audit?instansi=kab&dari=2025-03-01&sampai=2025-03-01')),
    ).toEqual(['uji.kab']);
    expect(actions(await get(provAuditor, '/api/audit?dari=2025-03-02&sampai=2025-03-02'))).toEqual([
      'uji.prov',
    ]);
    const page2 = await get(provAuditor, '/api/audit?dari=2025-03-01&sampai=2025-03-31&ukuran=2&halaman=2');
    expect(page2.json<Page>()).toMatchObject({ total: 3, halaman: 2, items: [{ aksi: 'uji.kab' }] });
    expect((await get(kabAuditor, '/api/audit?instansi=prov')).statusCode).toBe(404);
    expect((await get(provAuditor, '/api/audit?instansi=lain')).statusCode).toBe(404);
    expect((await get(provAuditor, '/api/audit?dari=2025-13-01')).statusCode).toBe(400);
  });

  it('is for auditors only', async () => {
    const admin = await signIn(app, 'admin.kab');
    expect((await get(admin, '/api/audit')).statusCode).toBe(403);
    expect((await get(admin, '/api/audit/ekspor?format=csv')).statusCode).toBe(403);
  });

  it('exports CSV (formula-safe) and JSON with the hashes, and records the export itself', async () => {
    const csv = await get(provAuditor, '/api/audit/ekspor?format=csv&dari=2025-03-01&sampai=2025-03-31');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('log-audit.csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('seq,waktu,instansi,aktor,aksi,entitas,entitas_id,sebelum,sesudah,prev_hash,hash');
    expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(['uji.kab', 'uji.prov', 'uji.global']);
    expect(csv.body).toContain(`"{""nilai"":""=1+1""}"`);
    const withFormula = await get(
      kabAuditor,
      '/api/audit/ekspor?format=csv&dari=2025-02-01&sampai=2025-02-01',
    );
    expect(withFormula.body).toContain(`"'=HYPERLINK(""x"")"`);
    const json = await get(kabAuditor, '/api/audit/ekspor?format=json');
    const rows = json.json<{ aksi: string; hash: string; instansi: string }[]>();
    expect(rows.every((r) => r.instansi === 'kab' && /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    expect(rows.map((r) => r.aksi)).toContain('audit.export');
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });
});
