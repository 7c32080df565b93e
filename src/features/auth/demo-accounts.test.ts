import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, signIn, testConfig } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import {
  addCompetency,
  addPotential,
  addSkp,
  createEmployee,
  createInstansi,
  createUnit,
} from '../../../test/factories.js';
import { queryRows } from '../../db/query.js';
import { buildApp, type App } from '../../platform/http/app.js';
import { runMapping } from '../mapping/mapping.service.js';
import { DEMO_PASSWORD, formatDemoLogins, seedDemoAccounts } from './demo-accounts.js';

/** `active`: the active people of the big OPD in NIP order; `small`: the one in the other OPD. */
type Kab = { kode: string; active: { nip: string }[]; small: { nip: string } };

describeDb('demo accounts', (database) => {
  let app: App;
  const db = () => database().db;
  const kabs: Record<string, Kab> = {};

  /** A government shaped like the demo's: one root, OPDs below it, people in them. */
  async function government(kode: string, jenis: string, indukId: number | null) {
    const inst = await createInstansi(db(), kode, jenis, indukId);
    const root = await createUnit(db(), inst.id, `Pemerintah ${kode}`);
    const big = await createUnit(db(), inst.id, 'Dinas Pendidikan', root);
    const small = await createUnit(db(), inst.id, 'Dinas Arsip', root);
    const people = [];
    for (const [unit, kedudukan] of [
      [big, 'Pensiun'],
      [big, 'Aktif'],
      [big, 'Aktif'],
      [small, 'Aktif'],
    ] as const) {
      const e = await createEmployee(db(), inst.id, { unitId: unit.id, kedudukan, jenjang: 'ADMINISTRATOR' });
      await addSkp(db(), e, 2025, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
      await addCompetency(db(), e, '2025-01-01', 3);
      await addPotential(db(), e, '2025-01-01', { total: 70 });
      people.push(e);
    }
    await runMapping(db(), { instansiKode: kode, periode: 2025, actor: 'uji', publish: true });
    kabs[kode] = {
      kode,
      active: people.slice(1, 3).sort((a, b) => a.nip.localeCompare(b.nip)),
      small: people[3]!,
    };
    return inst;
  }

  beforeAll(async () => {
    const prov = await government('kalteng', 'PROVINSI', null);
    await government('kapuas', 'KABUPATEN', prov.id);
    await government('kobar', 'KABUPATEN', prov.id);
    app = await buildApp({ database: database(), config: testConfig() });
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses in production with a clear message', async () => {
    await expect(seedDemoAccounts(db(), { nodeEnv: 'production' })).rejects.toThrow(/NODE_ENV=production/);
  });

  it('creates one account per role for the province and each kabupaten, hashing the password once', async () => {
    const { created, logins } = await seedDemoAccounts(db(), { nodeEnv: 'test' });
    expect(created).toBe(19);
    const names = logins.map((l) => l.username).sort();
    const perKab = (k: string) =>
      ['admin', 'auditor', 'komite', 'pegawai', 'pimpinan', 'ppk'].map((p) => `${p}.${k}`);
    expect(names).toEqual(
      ['admin.provinsi', ...perKab('kalteng'), ...perKab('kapuas'), ...perKab('kobar')].sort(),
    );
    const hashes = await queryRows<{ password_hash: string; demo: boolean }>(
      db(),
      'select password_hash, demo from user_account',
    );
    expect(new Set(hashes.map((h) => h.password_hash)).size).toBe(1);
    expect(hashes[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(hashes.every((h) => h.demo)).toBe(true);
    const audited = await queryRows<{ actor: string; after: Record<string, unknown> }>(
      db(),
      "select actor, after from audit_log where action = 'user.create'",
    );
    expect(audited).toHaveLength(19);
    expect(JSON.stringify(audited)).not.toMatch(/argon2|talenta-demo/);
    expect((await seedDemoAccounts(db(), { nodeEnv: 'test' })).created).toBe(0);
  });

  it('scopes the Pimpinan Unit to the largest OPD and links the Pegawai to its first active employee', async () => {
    const [row] = await queryRows<{ unit: string; nip: string }>(
      db(),
      `select (select u.nama from user_account a join unit u on u.instansi_id = a.instansi_id and u.id = a.unit_id
               where a.username = 'pimpinan.kapuas') as unit,
              (select e.nip from user_account a join employee e on e.instansi_id = a.instansi_id and e.id = a.employee_id
               where a.username = 'pegawai.kapuas') as nip`,
    );
    expect(row!.unit).toBe('Dinas Pendidikan');
    expect(row!.nip).toBe(kabs.kapuas!.active[0]!.nip);
  });

  it('lets every demo login sign in through the API with its role', async () => {
    const roles = await queryRows<{ username: string; role: string }>(
      db(),
      'select username, role from user_account',
    );
    for (const { username, role } of roles) {
      const browser = await signIn(app, username, DEMO_PASSWORD);
      const who = await app.inject({ method: 'GET', url: '/api/auth/sesi', headers: as(browser) });
      expect(who.json<{ pengguna: { peran: string } }>().pengguna.peran).toBe(role);
    }
  });

  it('gives each demo role what its role allows', async () => {
    const call = async (username: string, method: 'GET' | 'POST', url: string, payload?: object) => {
      const browser = await signIn(app, username, DEMO_PASSWORD);
      return (await app.inject({ method, url, headers: as(browser), ...(payload ? { payload } : {}) }))
        .statusCode;
    };
    const kapuas = kabs.kapuas!;
    const [pegawaiNip] = await queryRows<{ nip: string }>(
      db(),
      `select e.nip from user_account a join employee e on e.instansi_id = a.instansi_id and e.id = a.employee_id
       where a.username = 'pegawai.kapuas'`,
    );
    const explain = (nip: string) => `/api/instansi/kapuas/pemetaan/penjelasan/${nip}?periode=2025`;
    const simulate = ['/api/instansi/kapuas/aturan/simulasi', { periode: 2025, aturan: 'bawaan' }] as const;
    expect(await call('admin.provinsi', 'GET', '/api/instansi/kobar/pemetaan')).toBe(200);
    expect(await call('admin.kapuas', 'POST', ...simulate)).toBe(200);
    expect(await call('admin.kapuas', 'GET', '/api/instansi/kobar/pemetaan')).toBe(404);
    expect(await call('komite.kapuas', 'POST', ...simulate)).toBe(403);
    expect(await call('ppk.kapuas', 'GET', explain(kapuas.small.nip))).toBe(200);
    expect(await call('pimpinan.kapuas', 'GET', explain(kapuas.active[1]!.nip))).toBe(200);
    expect(await call('pimpinan.kapuas', 'GET', explain(kapuas.small.nip))).toBe(404);
    expect(await call('pegawai.kapuas', 'GET', explain(pegawaiNip!.nip))).toBe(200);
    expect(await call('pegawai.kapuas', 'GET', explain(kapuas.small.nip))).toBe(404);
    expect(await call('auditor.kapuas', 'GET', '/api/audit')).toBe(200);
    expect(await call('auditor.kalteng', 'GET', '/api/audit?instansi=kobar')).toBe(200);
    expect(await call('auditor.kapuas', 'GET', '/api/audit?instansi=kobar')).toBe(404);
  });

  it('prints a short table of the logins', async () => {
    const { logins } = await seedDemoAccounts(db(), { nodeEnv: 'test' });
    const lines = formatDemoLogins(logins);
    expect(lines[0]).toContain('talenta-demo');
    expect(lines).toContainEqual(expect.stringMatching(/ADMIN_PROVINSI\s+admin\.provinsi\s+1 akun/));
    expect(lines).toContainEqual(expect.stringMatching(/PIMPINAN_UNIT\s+pimpinan\.<kode>\s+3 akun/));
    expect(lines.at(-1)).toBe('  <kode>: kalteng, kapuas, kobar');
    expect(lines.length).toBeLessThanOrEqual(10);
  });
});
