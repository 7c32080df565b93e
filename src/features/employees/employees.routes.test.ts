import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, signIn, testConfig, type Browser } from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { buildPeopleWorld, type PeopleWorld } from '../../../test/people-world.js';
import { queryRows } from '../../db/query.js';
import { buildApp, type App } from '../../platform/http/app.js';
import type { TalentCard } from './talent-card.service.js';

type Page = {
  items: { nip: string; nama: string; kotak: number | null; unit: { id: string } | null; jenjang: string }[];
  total: number;
  halaman: number;
  ukuran: number;
  pemetaan: { runId: string; periode: number } | null;
};

describeDb('employees API: list, talent card, download', (database) => {
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
  const page = async (who: string, url: string) => {
    const res = await get(who, url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>();
  };

  it('pages on the server with the total count, sorted by name then NIP', async () => {
    const first = await page('admin', '/pegawai?ukuran=5');
    expect(first.total).toBe(12);
    expect(first.items).toHaveLength(5);
    expect(first.pemetaan?.periode).toBe(2025);
    const all = [
      ...first.items,
      ...(await page('admin', '/pegawai?ukuran=5&halaman=2')).items,
      ...(await page('admin', '/pegawai?ukuran=5&halaman=3')).items,
    ];
    expect(all.map((i) => i.nama)).toEqual([...all.map((i) => i.nama)].sort());
    expect(new Set(all.map((i) => i.nip)).size).toBe(12);
    const byNipDesc = await page('admin', '/pegawai?urut=-nip&ukuran=50');
    expect(byNipDesc.items.map((i) => i.nip)).toEqual([...world.nips].sort().reverse());
  });

  it('searches by NIP prefix and by part of the name, case-insensitive; wildcards are literal', async () => {
    const nip = world.nips[3]!;
    const byNip = await page('admin', `/pegawai?cari=${nip.slice(0, 8)}`);
    expect(byNip.items.map((i) => i.nip)).toContain(nip);
    expect(byNip.items.every((i) => i.nip.startsWith(nip.slice(0, 8)))).toBe(true);
    expect((await page('admin', `/pegawai?cari=${nip}`)).total).toBe(1);
    expect((await page('admin', '/pegawai?cari=bUdI%20sAn')).items.map((i) => i.nama)).toEqual([
      'Budi Santoso',
    ]);
    expect((await page('admin', '/pegawai?cari=%25')).total).toBe(0);
  });

  it('filters by unit subtree (id or unor id), job level and box of the published mapping', async () => {
    const dinas = await page('admin', `/pegawai?unit=${world.units.dinas}`);
    expect(dinas.total).toBe(6); // dinas itself and bidang below it
    expect((await page('admin', `/pegawai?unit=${world.units.dinasUnorId}`)).total).toBe(6);
    expect((await page('admin', `/pegawai?unit=${world.units.badan}`)).total).toBe(3);
    const admins = await page('admin', '/pegawai?jenjang=ADMINISTRATOR');
    expect(admins.total).toBe(4);
    expect(admins.items.every((i) => i.jenjang === 'ADMINISTRATOR')).toBe(true);
    const perBox = world.summary2025.perBox;
    for (const box of [1, 5, 9]) {
      const inBox = await page('admin', `/pegawai?periode=2025&kotak=${box}&ukuran=50`);
      expect(inBox.total).toBe(perBox[box] ?? 0);
      expect(inBox.items.every((i) => i.kotak === box)).toBe(true);
    }
    expect((await page('admin', '/pegawai?periode=2025&kotak=0')).total).toBe(world.summary2025.notMapped);
    expect((await get('admin', '/pegawai?unit=tidak-ada')).statusCode).toBe(404);
    expect((await get('admin', '/pegawai?kotak=3&periode=2019')).statusCode).toBe(404);
    const bad = await get('admin', '/pegawai?jenjang=RAJA&urut=gaji');
    expect(bad.statusCode).toBe(400);
  });

  it('shows a Pimpinan Unit their subtree, a Pegawai only themself, an Auditor nobody', async () => {
    expect((await page('kepala', '/pegawai')).total).toBe(6);
    expect((await page('kepala', `/pegawai?unit=${world.units.badan}`)).total).toBe(0);
    const self = await page('diri', '/pegawai');
    expect(self.items.map((i) => i.nip)).toEqual([world.star.nip]);
    expect((await get('auditor', '/pegawai')).statusCode).toBe(403);
    const units = (await get('kepala', '/unit')).json<{ items: { nama: string }[] }>();
    expect(units.items.map((u) => u.nama)).toEqual(['Dinas Pendidikan', 'Bidang SMP']);
  });

  it('gives the talent card: identity and NIP facts, career, development, assessments, box history', async () => {
    const res = await get('admin', `/pegawai/${world.star.nip}?tahun=2025`);
    expect(res.statusCode, res.body).toBe(200);
    const card = res.json<TalentCard>();
    expect(card.identitas).toMatchObject({
      nip: world.star.nip,
      nama: 'Budi Santoso',
      menurutNip: { valid: true, tanggalLahir: '1970-01-15', tmtCpns: '2010-03', jenisKelamin: 'L' },
    });
    // BUP 58 for Administrator: the first day of the month after the 58th birthday (rules.md §5).
    expect(card.tanggalPensiun).toBe('2028-02-01');
    expect(card.unit!.jalur.map((u) => u.nama)).toEqual(['Pemerintah Uji', 'Dinas Pendidikan', 'Bidang SMP']);
    expect(card.riwayatJabatan).toEqual([
      expect.objectContaining({ jabatan: 'Kepala Seksi', jenjang: 'PENGAWAS' }),
    ]);
    expect(card.diklat).toMatchObject({ tahun: 2025, jpTahunIni: 24 });
    expect(card.diklat.items).toHaveLength(2);
    expect(card.hukumanDisiplin).toEqual([
      expect.objectContaining({ tingkat: 'RINGAN', tanggalSk: '2023-06-01' }),
    ]);
    expect(card.skp.map((s) => s.tahun)).toEqual([2025, 2024, 2023]);
    expect(card.kompetensi.standarSumber).toBe('JENJANG');
    const assessment = card.kompetensi.penilaian[0]!;
    expect(assessment.kompetensi).toHaveLength(9);
    expect(assessment.kompetensi[0]).toEqual({
      kode: 'integritas',
      nama: 'Integritas',
      capaian: 2,
      standar: 3,
    });
    expect(card.potensi[0]).toMatchObject({ tanggal: '2024-03-01', total: 40 });
    expect(card.riwayatKotak.map((b) => b.periode)).toEqual([2024, 2025]);
    const explanation = await app.inject({
      method: 'GET',
      url: card.penjelasan!,
      headers: as(browsers.diri),
    });
    expect(explanation.statusCode).toBe(200);
  });

  it('answers not found for a person out of reach, and the Pegawai sees their own card', async () => {
    const other = world.nips[2]!; // in badan
    expect((await get('kepala', `/pegawai/${other}`)).statusCode).toBe(404);
    expect((await get('diri', `/pegawai/${other}`)).statusCode).toBe(404);
    expect((await get('diri', `/pegawai/${world.star.nip}`)).statusCode).toBe(200);
    expect((await get('admin', '/pegawai/199001012020011999')).statusCode).toBe(404);
  });

  it('streams the employee download with its type and file name, formula-safe and audited', async () => {
    const res = await get('admin', '/pegawai/ekspor?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="pegawai-uji.csv"');
    expect(res.body.trim().split('\n')).toHaveLength(13);
    expect(res.body).toContain(`'=SUM(A1)`);
    const xlsx = await get('admin', '/pegawai/ekspor?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get('kepala', '/pegawai/ekspor')).statusCode).toBe(403);
    const audit = await queryRows<{ actor: string; after: { format: string } }>(
      database().db,
      "select actor, after from audit_log where action = 'employees.export' order by seq",
    );
    expect(audit.map((a) => [a.actor, a.after.format])).toEqual([
      ['user:admin', 'csv'],
      ['user:admin', 'xlsx'],
    ]);
  });
});
