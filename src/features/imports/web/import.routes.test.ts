import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createAccount, signIn, testConfig, type Browser } from '../../../../test/auth-helpers.js';
import { describeDb } from '../../../../test/db-engines.js';
import { createInstansi } from '../../../../test/factories.js';
import { pegawaiCsv, upload, waitFor, type ImportView } from '../../../../test/import-web.js';
import { queryRows } from '../../../db/query.js';
import { buildApp, type App } from '../../../platform/http/app.js';

const count = async (app: App, db: Parameters<typeof queryRows>[0], instansiId: number) =>
  (
    await queryRows<{ n: number }>(
      db,
      `select count(*)::int as n from employee where instansi_id = ${instansiId}`,
    )
  )[0]!.n;

describeDb('web import: upload, validation preview, commit, error file', (database) => {
  let app: App;
  let admin: Browser;
  let other: Browser;
  let ujiId: number;
  const config = testConfig({ TALENTA_JOB_POLL_SECONDS: '0.5', TALENTA_UPLOAD_MAX_MB: '3' });
  // 10,000 employees; the one of serial 5,000 (file row 5,001: the header is row 1) has a bad NIP.
  const file = pegawaiCsv(1, 10_000, new Set([5_000]));
  let importId: string;

  beforeAll(async () => {
    const db = database().db;
    const uji = await createInstansi(db, 'uji', 'KABUPATEN');
    const lain = await createInstansi(db, 'lain', 'KABUPATEN');
    ujiId = uji.id;
    await createAccount(db, { username: 'admin.uji', role: 'ADMIN_INSTANSI', instansiId: uji.id });
    await createAccount(db, { username: 'admin.lain', role: 'ADMIN_INSTANSI', instansiId: lain.id });
    app = await buildApp({ database: database(), config });
    admin = await signIn(app, 'admin.uji');
    other = await signIn(app, 'admin.lain');
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (path: string, who = admin) =>
    app.inject({ method: 'GET', url: `/api/instansi/${path}`, headers: as(who) });
  const commit = (id: string, lewatiTidakValid?: boolean) =>
    app.inject({
      method: 'POST',
      url: `/api/instansi/uji/impor/${id}/terapkan`,
      headers: as(admin),
      payload: lewatiTidakValid === undefined ? {} : { lewatiTidakValid },
    });

  it('validates an upload in a job and shows exactly the bad row of 10,000, with progress', async () => {
    const res = await upload(app, admin, 'uji', 'pegawai', 'pegawai.csv', file);
    expect(res.statusCode).toBe(202);
    importId = res.json<ImportView>().id;
    const seen = await waitFor(app, admin, 'uji', importId, ['TERVALIDASI', 'GAGAL']);
    const done = seen.at(-1)!;
    expect(done).toMatchObject({
      status: 'TERVALIDASI',
      persen: 100,
      barisDibaca: 10_000,
      validasi: {
        barisDibaca: 10_000,
        valid: 9_999,
        tidakValid: 1,
        baru: 9_999,
        diperbarui: 0,
        tidakBerubah: 0,
      },
    });
    const percents = seen.map((v) => v.persen);
    expect(percents).toEqual([...percents].sort((a, b) => a - b)); // never goes back
    const rows = await get(`uji/impor/${importId}/baris?tingkat=KESALAHAN`);
    expect(rows.json()).toMatchObject({
      total: 1,
      halaman: 1,
      items: [{ baris: 5_001, tingkat: 'KESALAHAN', kolom: 'nipBaru', nilai: '12345' }],
    });
    expect(rows.json<{ items: { pesan: string }[] }>().items[0]!.pesan).toMatch(/NIP/);
    expect(await count(app, database().db, ujiId)).toBe(0);
  });

  it('refuses an atomic commit of a file with an invalid row, writing nothing', async () => {
    const res = await commit(importId);
    expect(res.statusCode).toBe(409);
    expect(res.json<{ message: string }>().message).toMatch(/1 baris tidak valid.*atomik/);
    expect(await count(app, database().db, ujiId)).toBe(0);
  });

  it('commits the 9,999 valid rows with lewatiTidakValid, once', async () => {
    const res = await commit(importId, true);
    expect(res.statusCode).toBe(202);
    expect(res.json<ImportView>().status).toBe('MENERAPKAN');
    const done = (await waitFor(app, admin, 'uji', importId, ['DITERAPKAN', 'GAGAL'])).at(-1)!;
    expect(done).toMatchObject({
      status: 'DITERAPKAN',
      persen: 100,
      hasil: { barisDibaca: 10_000, baru: 9_999, tidakValid: 1, disimpan: true },
    });
    expect(await count(app, database().db, ujiId)).toBe(9_999);
    const again = await commit(importId, true);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toMatch(/sudah diterapkan/);
    const audit = await queryRows<{ action: string }>(
      database().db,
      `select action from audit_log where instansi_id = ${ujiId} and entity = 'import' order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual(['import.unggah', 'import.terapkan', 'import.pegawai']);
  });

  it('downloads the error file, which imports again once fixed', async () => {
    const res = await get(`uji/impor/${importId}/berkas-kesalahan`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('pegawai-kesalahan.csv');
    const lines = res.body.trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/kesalahan$/);
    const fixed = pegawaiCsv(5_000, 1).split(/\r?\n/)[1]!;
    const corrected = `${lines[0]}\n${fixed},"${'sudah diperbaiki'}"\n`;
    const up = await upload(app, admin, 'uji', 'pegawai', 'pegawai-kesalahan.csv', corrected);
    const id = up.json<ImportView>().id;
    const validated = (await waitFor(app, admin, 'uji', id, ['TERVALIDASI', 'GAGAL'])).at(-1)!;
    expect(validated.validasi).toMatchObject({ barisDibaca: 1, valid: 1, baru: 1 });
    expect((await commit(id)).statusCode).toBe(202);
    expect((await waitFor(app, admin, 'uji', id, ['DITERAPKAN', 'GAGAL'])).at(-1)!.status).toBe('DITERAPKAN');
    expect(await count(app, database().db, ujiId)).toBe(10_000);
  });

  it('reports every row unchanged when the same (corrected) file is uploaded again', async () => {
    const up = await upload(app, admin, 'uji', 'pegawai', 'pegawai.csv', pegawaiCsv(1, 10_000));
    const done = (await waitFor(app, admin, 'uji', up.json<ImportView>().id, ['TERVALIDASI', 'GAGAL'])).at(
      -1,
    )!;
    expect(done.validasi).toMatchObject({
      barisDibaca: 10_000,
      tidakValid: 0,
      baru: 0,
      diperbarui: 0,
      tidakBerubah: 10_000,
    });
  });

  it('lists recent imports of the instansi, newest first, and nothing of another', async () => {
    const res = await get('uji/impor');
    const items = res.json<{ items: { namaBerkas: string; oleh: string; status: string; jenis: string }[] }>()
      .items;
    expect(items).toHaveLength(3);
    expect(items[2]).toMatchObject({
      namaBerkas: 'pegawai.csv',
      oleh: 'user:admin.uji',
      status: 'DITERAPKAN',
      jenis: 'pegawai',
    });
    expect((await get('lain/impor', other)).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it("reads another tenant's import as not found", async () => {
    expect((await get(`uji/impor/${importId}`, other)).statusCode).toBe(404);
    expect((await get(`lain/impor/${importId}`, other)).statusCode).toBe(404);
    expect((await get(`lain/impor/${importId}/baris`, other)).statusCode).toBe(404);
    expect((await get(`lain/impor/${importId}/berkas-kesalahan`, other)).statusCode).toBe(404);
  });

  it('answers a bad kind, an oversized file and garbage with clear Indonesian messages', async () => {
    const bad = await upload(app, admin, 'uji', 'gaji', 'x.csv', 'a,b\n1,2\n');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/Jenis impor tidak dikenal/);
    const big = await upload(app, admin, 'uji', 'pegawai', 'besar.csv', Buffer.alloc(4 * 1024 * 1024, 'a'));
    expect(big.statusCode).toBe(413);
    expect(big.json<{ message: string }>().message).toBe(
      'Berkas melebihi batas 3 MB. Pecah berkas menjadi beberapa bagian.',
    );
    const binary = await upload(
      app,
      admin,
      'uji',
      'pegawai',
      'foto.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
    );
    expect(binary.statusCode).toBe(422);
    expect(binary.json<{ message: string }>().message).toMatch(/bukan berkas teks CSV/);
    const pdf = await upload(app, admin, 'uji', 'pegawai', 'laporan.pdf', '%PDF-1.4');
    expect(pdf.json<{ message: string }>().message).toMatch(/tidak didukung: unggah berkas CSV/);
    const xls = await upload(
      app,
      admin,
      'uji',
      'pegawai',
      'lama.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1]),
    );
    expect(xls.json<{ message: string }>().message).toMatch(/Excel 97-2003/);
    const empty = await upload(app, admin, 'uji', 'pegawai', 'kosong.csv', '');
    expect(empty.json<{ message: string }>().message).toBe('Berkas kosong.csv kosong.');
    const notForm = await app.inject({
      method: 'POST',
      url: '/api/instansi/uji/impor/pegawai',
      headers: as(admin),
      payload: { a: 1 },
    });
    expect(notForm.json<{ message: string }>().message).toMatch(/multipart\/form-data/);
  });

  it('fails the validation of a file without the required columns, and refuses to commit it', async () => {
    const up = await upload(app, admin, 'uji', 'skp', 'skp.csv', 'nama,alamat\nBudi,Palangka Raya\n');
    const id = up.json<ImportView>().id;
    const done = (await waitFor(app, admin, 'uji', id, ['TERVALIDASI', 'GAGAL'])).at(-1)!;
    expect(done.status).toBe('GAGAL');
    expect(done.kesalahan).toMatch(/tidak memuat kolom wajib nipBaru/);
    const res = await commit(id, true);
    expect(res.statusCode).toBe(409);
    expect(res.json<{ message: string }>().message).toMatch(/gagal dan tidak dapat diterapkan/);
  });
});
