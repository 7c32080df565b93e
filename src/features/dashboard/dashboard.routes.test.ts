import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createAccount, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import {
  addCompetency,
  addPotential,
  addSkp,
  createEmployee,
  createInstansi,
  createUnit,
} from '../../../test/factories.js';
import type { Db } from '../../db/client.js';
import { runMapping } from '../mapping/mapping.service.js';
import { buildApp, type App } from '../../platform/http/app.js';
import type { InstansiSummary, ProvinceSummary } from './dashboard.schemas.js';

async function mappedEmployee(db: Db, instansiId: number, unitId: string, serial: number) {
  const e = await createEmployee(db, instansiId, {
    unitId,
    jenjang: 'ADMINISTRATOR',
    birthDate: `19${70 + serial}-0${1 + serial}-1${serial}`,
  });
  for (const year of [2023, 2024, 2025]) await addSkp(db, e, year, 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
  await addCompetency(db, e, '2024-01-01', 3 + (serial % 2));
  await addPotential(db, e, '2024-01-01', { total: 55 + serial * 12 });
  return e;
}

const sum = (xs: readonly number[]) => xs.reduce((s, n) => s + n, 0);

describeDb('dashboard routes', (database) => {
  let app: App;
  const browsers = new Map<string, Browser>();
  const get = async <T>(username: string, url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: as(browsers.get(username)) });
    return { status: res.statusCode, body: res.json<T>() };
  };

  beforeAll(async () => {
    const db = database().db;
    const prov = await createInstansi(db, 'prov', 'PROVINSI');
    const kaba = await createInstansi(db, 'kaba', 'KABUPATEN', prov.id);
    const kabb = await createInstansi(db, 'kabb', 'KABUPATEN', prov.id);
    const prov2 = await createInstansi(db, 'prov2', 'PROVINSI');
    await createInstansi(db, 'kabc', 'KABUPATEN', prov2.id);
    // kaba: a single root (the government) with two OPDs below it; the OPDs are the top-level units.
    const root = await createUnit(db, kaba.id, 'Pemerintah A');
    const satu = await createUnit(db, kaba.id, 'Dinas Satu', root);
    const dua = await createUnit(db, kaba.id, 'Dinas Dua', root);
    const bidang = await createUnit(db, kaba.id, 'Bidang Satu', satu);
    const self = await mappedEmployee(db, kaba.id, bidang.id, 0);
    await mappedEmployee(db, kaba.id, satu.id, 1);
    await mappedEmployee(db, kaba.id, dua.id, 2);
    await createEmployee(db, kaba.id, { unitId: dua.id }); // no assessments: not mapped
    await runMapping(db, { instansiKode: 'kaba', periode: 2024, actor: 'uji', publish: true });
    await runMapping(db, { instansiKode: 'kaba', periode: 2025, actor: 'uji' });
    // kabb: one person, one draft run only.
    const unitB = await createUnit(db, kabb.id, 'Dinas B');
    await mappedEmployee(db, kabb.id, unitB.id, 3);
    await runMapping(db, { instansiKode: 'kabb', periode: 2025, actor: 'uji' });

    const accounts = [
      { username: 'admin-provinsi.prov', role: 'ADMIN_PROVINSI', instansiId: prov.id },
      { username: 'auditor.prov', role: 'AUDITOR', instansiId: prov.id },
      { username: 'auditor.kaba', role: 'AUDITOR', instansiId: kaba.id },
      { username: 'admin.kaba', role: 'ADMIN_INSTANSI', instansiId: kaba.id },
      { username: 'pimpinan.kaba', role: 'PIMPINAN_UNIT', instansiId: kaba.id, unitId: satu.id },
      { username: 'pegawai.kaba', role: 'PEGAWAI', instansiId: kaba.id, employeeId: self.id },
    ] as const;
    for (const a of accounts) await createAccount(db, a);
    app = await buildApp({ database: database(), config: testConfig() });
    for (const a of accounts) browsers.set(a.username, await signIn(app, a.username));
  });
  afterAll(async () => {
    await app.close();
  });

  describe('GET /api/provinsi/ringkasan', () => {
    it('lists the visible governments with the shown run, and candidates only from a published run', async () => {
      const { status, body } = await get<ProvinceSummary>('admin-provinsi.prov', '/api/provinsi/ringkasan');
      expect(status).toBe(200);
      expect(body.items.map((i) => i.kode)).toEqual(['prov', 'kaba', 'kabb']);
      const [prov, kaba, kabb] = body.items;
      expect(prov).toMatchObject({ jumlahPegawai: 0, pemetaan: null, kandidatKelompokTalenta: null });
      // The 2024 published run wins over the newer 2025 draft.
      expect(kaba).toMatchObject({ jumlahPegawai: 4, pemetaan: { periode: 2024, status: 'PUBLISHED' } });
      expect(kaba!.pemetaan!.dinilai).toBe(4);
      expect(sum(kaba!.pemetaan!.perKotak)).toBe(kaba!.pemetaan!.dipetakan);
      expect(kaba!.pemetaan!.dipetakan).toBe(3);
      expect(kaba!.kandidatKelompokTalenta).toBe(sum(kaba!.pemetaan!.perKotak.slice(6)));
      expect(kabb).toMatchObject({
        pemetaan: { periode: 2025, status: 'DRAFT' },
        kandidatKelompokTalenta: null,
      });
    });

    it('gives an auditor of one kabupaten their own row only, and refuses other roles', async () => {
      const auditor = await get<ProvinceSummary>('auditor.kaba', '/api/provinsi/ringkasan');
      expect(auditor.body.items.map((i) => i.kode)).toEqual(['kaba']);
      expect((await get('admin.kaba', '/api/provinsi/ringkasan')).status).toBe(403);
      expect((await get('pegawai.kaba', '/api/provinsi/ringkasan')).status).toBe(403);
    });
  });

  describe('GET /api/instansi/:kode/ringkasan', () => {
    it('counts the shown run per top-level unit and names the latest run', async () => {
      const { status, body } = await get<InstansiSummary>('admin.kaba', '/api/instansi/kaba/ringkasan');
      expect(status).toBe(200);
      expect(body.pemetaan).toMatchObject({ periode: 2024, status: 'PUBLISHED', aturan: 'bawaan@1' });
      expect(body.pemetaan!.ruleSetHash).toMatch(/^[0-9a-f]{64}$/);
      expect(body.terakhir).toMatchObject({ periode: 2025, status: 'DRAFT', terbit: null });
      expect(body.total).toMatchObject({ dinilai: 4, dipetakan: 3, tidakDipetakan: 1 });
      expect(body.unit.map((u) => [u.nama, u.dinilai, u.tidakDipetakan])).toEqual([
        ['Dinas Dua', 2, 1],
        ['Dinas Satu', 2, 0],
      ]);
      const province = await get<ProvinceSummary>('admin-provinsi.prov', '/api/provinsi/ringkasan');
      expect(body.total.perKotak).toEqual(province.body.items[1]!.pemetaan!.perKotak);
    });

    it("narrows a unit head to their subtree, refuses a Pegawai, hides another province's instansi", async () => {
      const { body } = await get<InstansiSummary>('pimpinan.kaba', '/api/instansi/kaba/ringkasan');
      expect(body.unit.map((u) => u.nama)).toEqual(['Dinas Satu']);
      expect(body.total.dinilai).toBe(2);
      expect((await get('pegawai.kaba', '/api/instansi/kaba/ringkasan')).status).toBe(403);
      expect((await get('admin-provinsi.prov', '/api/instansi/kabc/ringkasan')).status).toBe(404);
      expect((await get('admin.kaba', '/api/instansi/kabb/ringkasan')).status).toBe(404);
    });

    it('names a Pegawai their own employee record, and no one for other roles', async () => {
      const own = await get<{ pegawai: { nip: string; instansiKode: string } | null }>(
        'pegawai.kaba',
        '/api/saya',
      );
      expect(own.body.pegawai).toMatchObject({ instansiKode: 'kaba' });
      expect(own.body.pegawai!.nip).toMatch(/^\d{18}$/);
      expect((await get('admin.kaba', '/api/saya')).body).toEqual({ pegawai: null });
    });

    it('answers an instansi that was never mapped with empty counts', async () => {
      const { body } = await get<InstansiSummary>('admin-provinsi.prov', '/api/instansi/prov/ringkasan');
      expect(body).toMatchObject({ pemetaan: null, terakhir: null, unit: [], total: { dinilai: 0 } });
    });
  });
});
