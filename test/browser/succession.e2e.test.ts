import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { queryRows } from '../../src/db/query.js';
import { findCurrentRun } from '../../src/features/succession/succession-runs.repository.js';
import { recomputeSlates } from '../../src/features/succession/succession.service.js';
import type { App } from '../../src/platform/http/app.js';
import { addSanction } from '../factories.js';
import { SCREENSHOTS, browserSkipReason, launchBrowser } from './browser.js';
import { DEMO_KAB, seriousAxeViolations, signInAs, startDemoServer } from './demo-server.js';

const skip = browserSkipReason();
if (skip) console.log(skip);

type KeyPositions = {
  items: Array<{
    kode: string;
    nama: string;
    pemangku: { nipBaru: string } | null;
    memenuhiSyarat: number;
    siapSekarang: number;
    tercakup: boolean;
  }>;
};
type Bench = { kekuatan: { keyPositions: number; covered: number; withEmergencySuccessor: number } };
type Slate = {
  memenuhiSyarat: number;
  siapSekarang: number;
  tidakMemenuhiSyarat: number;
  tercakup: boolean;
  jumlahPerAlasan: Record<string, number>;
  kandidat: Array<{ nipBaru: string; kesiapan: string; suksesorDarurat: boolean }>;
};
type Pool = {
  items: Array<{ kelompok: string; nipBaru: string | null; anggota: boolean; tanggalPensiun: string | null }>;
  dikecualikan: Array<{ kelompok: string; jumlah: number; items: Array<{ nipBaru: string | null }> }>;
};
type CardPlans = {
  sudahDihitung: boolean;
  items: Array<{ jabatan: { kode: string }; peringkat: number; kesiapan: string; suksesorDarurat: boolean }>;
};

const id = new Intl.NumberFormat('id-ID');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
/** An attribute of every element a locator matches, in document order. */
const attrs = async (loc: Locator, name: string) =>
  Promise.all((await loc.all()).map((l) => l.getAttribute(name)));
const getJson = async <T>(page: Page, url: string): Promise<T> => {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
};

describe.skipIf(Boolean(skip))('succession and talent-pool pages', () => {
  let database: Database;
  let app: App;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ database, app, url } = await startDemoServer());
    // Publishing a mapping recomputes the slates; make sure the test instansi has them even if that
    // step reported a failure (it does not undo the publication).
    const kab = await database.db.query.instansi.findFirst({ where: (i, { eq }) => eq(i.kode, DEMO_KAB) });
    if (!(await findCurrentRun(database.db, kab!.id)))
      await recomputeSlates(database.db, { instansi: { id: kab!.id }, actor: 'uji' });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const newPage = async (bypassCSP = false) =>
    (await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP })).newPage();

  it('shows the key positions and a slate with the numbers the API answers', async () => {
    const page = await newPage();
    await signInAs(page, url, `admin.${DEMO_KAB}`);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Suksesi' })
      .click();
    const table = page.getByTestId('tabel-jabatan-kunci');
    await table.waitFor();
    const api = await getJson<KeyPositions>(page, `${url}/api/instansi/${DEMO_KAB}/suksesi/jabatan-kunci`);
    const bench = await getJson<Bench>(page, `${url}/api/instansi/${DEMO_KAB}/suksesi/kekuatan`);
    expect(api.items.length).toBeGreaterThan(0);
    expect(await table.locator('tbody tr').count()).toBe(api.items.length);
    for (const p of api.items) {
      const row = table.locator(`tr[data-kode="${p.kode}"]`);
      expect(await row.locator('[data-field=memenuhi]').textContent()).toBe(id.format(p.memenuhiSyarat));
      expect(await row.locator('[data-field=siap]').textContent()).toBe(id.format(p.siapSekarang));
      expect(await row.locator('[data-field=tercakup]').getAttribute('data-value')).toBe(String(p.tercakup));
      // The rule of rules.md §6 (defaults): ≥ 3 eligible and ≥ 1 ready now.
      expect(p.tercakup).toBe(p.memenuhiSyarat >= 3 && p.siapSekarang >= 1);
    }
    expect(await page.getByTestId('stat-jabatan-kunci').textContent()).toBe(
      id.format(bench.kekuatan.keyPositions),
    );
    expect(await page.getByTestId('stat-darurat').textContent()).toBe(
      id.format(bench.kekuatan.withEmergencySuccessor),
    );
    await shot(page, 'suksesi-jabatan-kunci');

    // The key position with the most eligible candidates (a full slate), opened from the list.
    const target = [...api.items].sort((a, b) => b.memenuhiSyarat - a.memenuhiSyarat)[0]!;
    await table.getByRole('link', { name: target.nama, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/i/${DEMO_KAB}/suksesi/${target.kode}$`));
    await page.getByTestId('slate-memenuhi').waitFor();
    const slate = await getJson<Slate>(
      page,
      `${url}/api/instansi/${DEMO_KAB}/suksesi/jabatan-kunci/${encodeURIComponent(target.kode)}`,
    );
    expect(slate.memenuhiSyarat).toBe(target.memenuhiSyarat);
    expect(await page.getByTestId('slate-memenuhi').textContent()).toBe(id.format(slate.memenuhiSyarat));
    expect(await page.getByTestId('slate-siap').textContent()).toBe(id.format(slate.siapSekarang));
    expect(await page.getByTestId('slate-tidak-memenuhi').textContent()).toBe(
      id.format(slate.tidakMemenuhiSyarat),
    );
    const rows = page.getByTestId('tabel-kandidat').locator('tbody tr');
    expect(await attrs(rows, 'data-nip')).toEqual(slate.kandidat.map((c) => c.nipBaru));
    expect(await attrs(rows.locator('[data-field=kesiapan]'), 'data-value')).toEqual(
      slate.kandidat.map((c) => c.kesiapan),
    );
    const emergency = slate.kandidat.filter((c) => c.suksesorDarurat).map((c) => c.nipBaru);
    expect(await page.getByTestId('suksesor-darurat').count()).toBe(emergency.length);
    for (const nip of emergency)
      await page.locator(`tr[data-nip="${nip}"] [data-testid=suksesor-darurat]`).waitFor();
    const reasons = Object.entries(slate.jumlahPerAlasan).filter(([, n]) => n > 0);
    const reasonRows = page.getByTestId('tabel-alasan').locator('tbody tr');
    expect(await reasonRows.count()).toBe(reasons.length);
    for (const [code, n] of reasons)
      expect(await page.locator(`tr[data-alasan="${code}"] [data-field=jumlah]`).textContent()).toBe(
        id.format(n),
      );
    // The talent card link of a candidate.
    expect(await rows.first().getByRole('link').getAttribute('href')).toBe(
      `/i/${DEMO_KAB}/pegawai/${slate.kandidat[0]!.nipBaru}`,
    );

    // Why not eligible: the incumbent is never a candidate for their own position.
    if (target.pemangku) {
      await page.getByTestId('syarat-nip').fill('12ab');
      await page.getByRole('button', { name: 'Periksa' }).click();
      await page.getByText('NIP harus 8–18 angka.').waitFor();
      await page.getByTestId('syarat-nip').fill(target.pemangku.nipBaru);
      await page.getByRole('button', { name: 'Periksa' }).click();
      const result = page.getByTestId('syarat-hasil');
      await result.waitFor();
      expect(await result.getAttribute('data-memenuhi')).toBe('false');
      await result.locator('[data-alasan=PEMANGKU_JABATAN]').waitFor();
      expect(await result.textContent()).toContain('Pemangku jabatan ini');
    }

    // The talent card of the first candidate lists this key position in "Rencana Suksesi", as the API says.
    const first = slate.kandidat[0]!;
    const plans = await getJson<CardPlans>(
      page,
      `${url}/api/instansi/${DEMO_KAB}/pegawai/${first.nipBaru}/suksesi`,
    );
    const plan = plans.items.find((i) => i.jabatan.kode === target.kode);
    expect(plan).toMatchObject({
      peringkat: 1,
      kesiapan: first.kesiapan,
      suksesorDarurat: first.suksesorDarurat,
    });
    await rows.first().getByRole('link').click();
    await page.waitForURL(new RegExp(`/i/${DEMO_KAB}/pegawai/${first.nipBaru}$`));
    const section = page.getByTestId('kartu-suksesi');
    await section.getByRole('heading', { name: 'Rencana Suksesi' }).waitFor();
    const planRows = section.getByTestId('tabel-suksesi-pegawai').locator('tbody tr');
    await planRows.first().waitFor();
    expect(await attrs(planRows, 'data-jabatan')).toEqual(plans.items.map((i) => i.jabatan.kode));
    const mine = section.locator(`tr[data-jabatan="${target.kode}"]`);
    expect(await mine.locator('[data-field=peringkat]').textContent()).toBe('1');
    expect(await mine.locator('[data-field=kesiapan]').getAttribute('data-value')).toBe(first.kesiapan);
    expect(await mine.locator('[data-field=darurat]').getAttribute('data-value')).toBe(
      String(first.suksesorDarurat),
    );
    await shot(page, 'kartu-talenta-rencana-suksesi');
    // Its link leads back to the slate, inside the app.
    await mine.getByRole('link', { name: target.nama, exact: true }).click();
    await page.waitForURL(new RegExp(`/i/${DEMO_KAB}/suksesi/${target.kode}$`));
    await page.getByTestId('slate-memenuhi').waitFor();

    // Side by side: the first two candidates.
    const pick = slate.kandidat.slice(0, 2);
    for (const c of pick) await page.locator(`tr[data-nip="${c.nipBaru}"] input[type=checkbox]`).check();
    await page.getByTestId('tombol-bandingkan').click();
    const compare = page.getByTestId('tabel-perbandingan');
    await compare.waitFor();
    expect(await attrs(compare.locator('thead th[data-nip]'), 'data-nip')).toEqual(
      pick.map((c) => c.nipBaru),
    );
    await shot(page, 'suksesi-slate');
    await page.context().close();
  });

  it('lets the Talent Committee add a person to the pool with a reason, and shows it in the history', async () => {
    const page = await newPage(true); // axe on the opened "excluded" table at the end
    await signInAs(page, url, `komite.${DEMO_KAB}`);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Kelompok Talenta', exact: true })
      .click();
    await page.getByTestId('form-keputusan').waitFor();
    const pool = await getJson<Pool>(page, `${url}/api/instansi/${DEMO_KAB}/kelompok-talenta?kelompok=JPT`);
    expect(await page.getByTestId('tabel-kelompok').locator('tbody tr').count()).toBe(pool.items.length);
    const members = new Set(pool.items.filter((m) => m.anggota).map((m) => m.nipBaru));
    expect(await page.getByTestId('jumlah-anggota').textContent()).toBe(
      `Anggota: ${id.format(members.size)}`,
    );
    expect(pool.dikecualikan.map((l) => l.kelompok)).toEqual(['JPT']);
    // Someone active and not in the JPT pool: an incumbent or a slate candidate of a key position.
    const keys = await getJson<KeyPositions>(page, `${url}/api/instansi/${DEMO_KAB}/suksesi/jabatan-kunci`);
    let nip = keys.items.map((k) => k.pemangku?.nipBaru).find((n) => n && !members.has(n));
    for (const k of keys.items) {
      if (nip) break;
      const s = await getJson<Slate>(page, `${url}/api/instansi/${DEMO_KAB}/suksesi/jabatan-kunci/${k.kode}`);
      nip = s.kandidat.map((c) => c.nipBaru).find((n) => !members.has(n));
    }
    expect(nip).toBeTruthy();

    const form = page.getByTestId('form-keputusan');
    await form.getByLabel('NIP pegawai').fill(nip!);
    await form.getByRole('button', { name: 'Simpan keputusan' }).click();
    await form.getByText('Alasan wajib diisi untuk menambah atau mengeluarkan anggota.').waitFor();
    const reason = 'Uji peramban: pemangku jabatan kunci dengan kinerja konsisten';
    await form.getByLabel('Alasan').fill(reason);
    await form.getByRole('button', { name: 'Simpan keputusan' }).click();
    await page.getByTestId('keputusan-tersimpan').waitFor();
    const history = page.getByTestId('tabel-riwayat').locator(`tr[data-nip="${nip}"]`);
    await history.waitFor();
    expect(await history.locator('[data-field=alasan]').textContent()).toBe(reason);
    expect(await history.locator('[data-field=keputusan]').textContent()).toBe('Tambah');
    const row = page.getByTestId('tabel-kelompok').locator(`tr[data-nip="${nip}"]`);
    await row.locator('[data-field=status][data-value=DITAMBAHKAN]').waitFor();
    const after = await getJson<Pool>(page, `${url}/api/instansi/${DEMO_KAB}/kelompok-talenta?kelompok=JPT`);
    expect(after.items.find((m) => m.nipBaru === nip)?.anggota).toBe(true);
    await shot(page, 'kelompok-talenta-komite');

    // People of boxes 7–9 the rule left out (rules.md §4). A proposed Administrator-pool member gets a
    // medium sanction decided in the mapping year (the pool is computed on each request): collapsed, the
    // section counts them; opened, its table lists them with the reason, and they leave the proposal.
    const before = await getJson<Pool>(
      page,
      `${url}/api/instansi/${DEMO_KAB}/kelompok-talenta?kelompok=ADMINISTRATOR`,
    );
    const proposed = before.items.find((m) => m.anggota && m.nipBaru)!.nipBaru!;
    const [who] = await queryRows<{ instansi_id: number; id: string }>(
      database.db,
      sql`select e.instansi_id, e.id from employee e join instansi i on i.id = e.instansi_id
          where i.kode = ${DEMO_KAB} and e.nip = ${proposed}`,
    );
    await addSanction(database.db, { instansiId: who!.instansi_id, id: who!.id }, 'SEDANG', '2025-06-01');
    const level = (
      await getJson<Pool>(page, `${url}/api/instansi/${DEMO_KAB}/kelompok-talenta?kelompok=ADMINISTRATOR`)
    ).dikecualikan[0]!;
    expect(level.jumlah).toBe(before.dikecualikan[0]!.jumlah + 1);
    await page.goto(`${url}/i/${DEMO_KAB}/kelompok-talenta?kelompok=ADMINISTRATOR`);
    const excludedSection = page.getByTestId('dikecualikan');
    await excludedSection.waitFor();
    expect(await excludedSection.getByTestId('jumlah-dikecualikan').textContent()).toBe(
      `(${id.format(level.jumlah)})`,
    );
    expect(await page.getByTestId('tabel-kelompok').locator(`tr[data-nip="${proposed}"]`).count()).toBe(0);
    await excludedSection.getByRole('button', { name: /Dikecualikan menurut aturan/ }).click();
    const excludedRows = excludedSection.getByTestId('tabel-dikecualikan').locator('tbody tr');
    await excludedRows.first().waitFor();
    expect(await attrs(excludedRows, 'data-nip')).toEqual(level.items.map((x) => x.nipBaru));
    await excludedSection
      .locator(`tr[data-nip="${proposed}"] [data-alasan=HUKDIS_SEDANG_BERAT]`)
      .getByText('Hukuman disiplin sedang/berat')
      .waitFor();
    await shot(page, 'kelompok-talenta-dikecualikan');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('hides the entries from roles without access, and shows Admin Provinsi the provincial JPT pool', async () => {
    for (const username of [`pimpinan.${DEMO_KAB}`, `auditor.${DEMO_KAB}`]) {
      const page = await newPage();
      await signInAs(page, url, username);
      const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
      await nav.getByRole('link').first().waitFor();
      const links = await nav.getByRole('link').allTextContents();
      expect(links).not.toContain('Suksesi');
      expect(links).not.toContain('Kelompok Talenta');
      await page.context().close();
    }
    // A unit head's talent card has no "Rencana Suksesi" and does not ask for it (it would be refused).
    const head = await newPage();
    await signInAs(head, url, `pimpinan.${DEMO_KAB}`);
    const asked: string[] = [];
    head.on('request', (r) => {
      if (r.url().endsWith('/suksesi')) asked.push(r.url());
    });
    const someone = (
      await getJson<{ items: Array<{ nip: string }> }>(
        head,
        `${url}/api/instansi/${DEMO_KAB}/pegawai?ukuran=1`,
      )
    ).items[0]!;
    await head.goto(`${url}/i/${DEMO_KAB}/pegawai/${someone.nip}`);
    await head.getByTestId('nama-pegawai').waitFor();
    await head.getByRole('heading', { name: 'Identitas' }).waitFor();
    expect(await head.getByTestId('kartu-suksesi').count()).toBe(0);
    expect(asked).toEqual([]);
    expect(
      (await head.request.get(`${url}/api/instansi/${DEMO_KAB}/pegawai/${someone.nip}/suksesi`)).status(),
    ).toBe(403);
    await head.context().close();
    const page = await newPage();
    await signInAs(page, url, 'admin.provinsi');
    await page.getByRole('link', { name: 'Kelompok JPT Provinsi' }).click();
    await page.getByTestId('total-provinsi').waitFor();
    const kode = (await getJson<{ pengguna: { instansiKode: string } }>(page, `${url}/api/auth/sesi`))
      .pengguna.instansiKode;
    const api = await getJson<{ items: Array<{ anggota: unknown[] }> }>(
      page,
      `${url}/api/instansi/${kode}/kelompok-talenta/provinsi`,
    );
    const total = api.items.reduce((s, g) => s + g.anggota.length, 0);
    expect(await page.getByTestId('total-provinsi').textContent()).toBe(`Total anggota: ${id.format(total)}`);
    await shot(page, 'kelompok-talenta-provinsi');
    await page.context().close();
  });

  it('lets the Admin Provinsi draw JPT candidates from the kabupaten/kota; readers see the settings read-only', async () => {
    // A reader of a kabupaten: a "view" link and a read-only table, no form.
    const reader = await newPage();
    await signInAs(reader, url, `komite.${DEMO_KAB}`);
    await reader.goto(`${url}/i/${DEMO_KAB}/suksesi`);
    await reader.getByTestId('tautan-pengaturan').click();
    await reader.getByTestId('tabel-pengaturan').waitFor();
    expect(await reader.getByTestId('form-pengaturan').count()).toBe(0);
    expect(await reader.locator('tr[data-setting=slateSize] [data-field=nilai]').textContent()).toBe('5');
    await reader.context().close();

    const page = await newPage();
    await signInAs(page, url, 'admin.provinsi');
    const kode = (await getJson<{ pengguna: { instansiKode: string } }>(page, `${url}/api/auth/sesi`))
      .pengguna.instansiKode;
    await page.goto(`${url}/i/${kode}/suksesi`);
    await page.getByTestId('tautan-pengaturan').click();
    await page.waitForURL(new RegExp(`/i/${kode}/suksesi/pengaturan$`));
    const form = page.getByTestId('form-pengaturan');
    await form.waitFor();
    // The page checks as the server does: ready-soon above ready-now is refused before anything is sent.
    const readySoon = form.getByLabel('JPM target minimal untuk siap 1–2 tahun');
    await readySoon.fill('95');
    await form.getByRole('button', { name: 'Simpan dan hitung ulang' }).click();
    await form.getByText('Tidak boleh lebih tinggi dari JPM target minimal untuk siap sekarang.').waitFor();
    await readySoon.fill('78');
    await form
      .getByLabel('Kandidat JPT juga dari kabupaten/kota (kelompok talenta provinsi)')
      .check({ force: true });
    await form.getByRole('button', { name: 'Simpan dan hitung ulang' }).click();
    const saved = page.getByTestId('pengaturan-tersimpan');
    await saved.waitFor({ timeout: 120_000 });
    expect(await saved.getAttribute('data-hitung')).toBe('ok');
    const settings = await getJson<{ tersimpan: Record<string, unknown> }>(
      page,
      `${url}/api/instansi/${kode}/suksesi/pengaturan`,
    );
    expect(settings.tersimpan).toEqual({ jptFromProvincialPool: true });
    await shot(page, 'suksesi-pengaturan');

    // A province JPT slate with a candidate of a kabupaten/kota, shown with their government.
    const keys = await getJson<{ items: Array<{ kode: string; jenjang: string }> }>(
      page,
      `${url}/api/instansi/${kode}/suksesi/jabatan-kunci`,
    );
    type PoolSlate = { kandidat: Array<{ nipBaru: string; instansi: { kode: string } | null }> };
    let found: { jabatan: string; nip: string; instansi: string } | null = null;
    for (const k of keys.items.filter((i) => i.jenjang.startsWith('JPT_'))) {
      const s = await getJson<PoolSlate>(page, `${url}/api/instansi/${kode}/suksesi/jabatan-kunci/${k.kode}`);
      const drawn = s.kandidat.find((c) => c.instansi !== null);
      if (drawn) {
        found = { jabatan: k.kode, nip: drawn.nipBaru, instansi: drawn.instansi!.kode };
        break;
      }
    }
    expect(found).not.toBeNull();
    await page.goto(`${url}/i/${kode}/suksesi`);
    await page.getByTestId('catatan-pool-provinsi').waitFor();
    await page.goto(`${url}/i/${kode}/suksesi/${found!.jabatan}`);
    await page.getByTestId('slate-pool-provinsi').waitFor();
    const tag = page.locator(`tr[data-nip="${found!.nip}"] [data-testid=instansi-kandidat]`);
    await tag.waitFor();
    expect(await tag.getAttribute('data-instansi')).toBe(found!.instansi);
    // The Admin Provinsi reaches the kabupaten's talent card.
    expect(await page.locator(`tr[data-nip="${found!.nip}"]`).getByRole('link').getAttribute('href')).toBe(
      `/i/${found!.instansi}/pegawai/${found!.nip}`,
    );
    await shot(page, 'suksesi-slate-pool-provinsi');
    const violations = await (async () => {
      const axePage = await newPage(true);
      await signInAs(axePage, url, 'admin.provinsi');
      await axePage.goto(`${url}/i/${kode}/suksesi/pengaturan`);
      await axePage.getByTestId('form-pengaturan').waitFor();
      const out = await seriousAxeViolations(axePage);
      await axePage.context().close();
      return out;
    })();
    expect(violations).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('has no serious or critical axe-core violations on these pages', async () => {
    const page = await newPage(true);
    const found: Record<string, unknown> = {};
    await signInAs(page, url, `komite.${DEMO_KAB}`);
    const keys = await getJson<KeyPositions>(page, `${url}/api/instansi/${DEMO_KAB}/suksesi/jabatan-kunci`);
    const jabatan = keys.items[0]!.kode;
    const withCandidates = keys.items.find((k) => k.memenuhiSyarat > 0)!;
    const candidate = (
      await getJson<Slate>(
        page,
        `${url}/api/instansi/${DEMO_KAB}/suksesi/jabatan-kunci/${withCandidates.kode}`,
      )
    ).kandidat[0]!.nipBaru;
    for (const [route, ready] of [
      [`/i/${DEMO_KAB}/suksesi`, 'tabel-jabatan-kunci'],
      [`/i/${DEMO_KAB}/suksesi/${jabatan}`, 'slate-memenuhi'],
      [`/i/${DEMO_KAB}/kelompok-talenta`, 'form-keputusan'],
      [`/i/${DEMO_KAB}/pegawai/${candidate}`, 'tabel-suksesi-pegawai'],
    ] as const) {
      await page.goto(`${url}${route}`);
      await page.getByTestId(ready).waitFor();
      found[route] = await seriousAxeViolations(page);
    }
    await page.context().close();
    const prov = await newPage(true);
    await signInAs(prov, url, 'admin.provinsi');
    await prov.goto(`${url}/provinsi/kelompok-talenta`);
    await prov.getByTestId('total-provinsi').waitFor();
    found['/provinsi/kelompok-talenta'] = await seriousAxeViolations(prov);
    await prov.context().close();
    expect(found).toEqual({
      [`/i/${DEMO_KAB}/suksesi`]: [],
      [`/i/${DEMO_KAB}/suksesi/${jabatan}`]: [],
      [`/i/${DEMO_KAB}/kelompok-talenta`]: [],
      [`/i/${DEMO_KAB}/pegawai/${candidate}`]: [],
      '/provinsi/kelompok-talenta': [],
    });
  });
});
