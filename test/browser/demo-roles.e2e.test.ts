import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import type { App } from '../../src/platform/http/app.js';
import { SCREENSHOTS, browserSkipReason, launchBrowser } from './browser.js';
import { DEMO_KAB, DRAFT_ONLY, seriousAxeViolations, signInAs, startDemoServer } from './demo-server.js';

const skip = browserSkipReason();
if (skip) console.log(skip);

const NAV = {
  provinsi: 'Dasbor Provinsi',
  instansi: 'Dasbor Instansi',
  pegawai: 'Data Pegawai',
  pemetaan: 'Kotak Manajemen Talenta',
  pergerakan: 'Pergerakan Kotak',
  audit: 'Log Audit',
  saya: 'Kartu Saya',
  impor: 'Impor Data',
  jabatan: 'Jabatan & Jabatan Kunci',
  suksesi: 'Suksesi',
  kelompokTalenta: 'Kelompok Talenta',
  kelompokTalentaProvinsi: 'Kelompok JPT Provinsi',
  aturan: 'Aturan Pemetaan',
} as const;
type NavKey = keyof typeof NAV;

/** Each demo role: where it lands after sign-in and which navigation entries it has (product.md §1). */
const JOURNEYS: ReadonlyArray<{ username: string; home: RegExp; nav: NavKey[] }> = [
  {
    username: 'admin.provinsi',
    home: /\/provinsi$/,
    nav: [
      'provinsi',
      'instansi',
      'pegawai',
      'pemetaan',
      'pergerakan',
      'jabatan',
      'suksesi',
      'kelompokTalenta',
      'kelompokTalentaProvinsi',
      'aturan',
    ],
  },
  // The Auditor reads counts, not named people (employees.read): no employee list.
  {
    username: 'auditor.kalteng',
    home: /\/provinsi$/,
    nav: ['provinsi', 'instansi', 'pemetaan', 'pergerakan', 'audit'],
  },
  // Admin Instansi alone imports data (policy imports.write).
  {
    username: `admin.${DEMO_KAB}`,
    home: new RegExp(`/i/${DEMO_KAB}$`),
    nav: [
      'instansi',
      'pegawai',
      'pemetaan',
      'pergerakan',
      'impor',
      'jabatan',
      'suksesi',
      'kelompokTalenta',
      'aturan',
    ],
  },
  ...(['komite', 'ppk', 'pimpinan'] as const).map((p): (typeof JOURNEYS)[number] => ({
    username: `${p}.${DEMO_KAB}`,
    home: new RegExp(`/i/${DEMO_KAB}$`),
    // Positions, succession and the talent pool: not for unit heads (access.ts positions.read,
    // succession.read, talent_pool.read).
    nav:
      p === 'pimpinan'
        ? ['instansi', 'pegawai', 'pemetaan', 'pergerakan']
        : ['instansi', 'pegawai', 'pemetaan', 'pergerakan', 'jabatan', 'suksesi', 'kelompokTalenta'],
  })),
  {
    username: `auditor.${DEMO_KAB}`,
    home: new RegExp(`/i/${DEMO_KAB}$`),
    nav: ['instansi', 'pemetaan', 'pergerakan', 'audit'],
  },
  // A Pegawai sees only their own data: their card.
  { username: `pegawai.${DEMO_KAB}`, home: /\/saya$/, nav: ['saya'] },
];

const id = new Intl.NumberFormat('id-ID');
const htmlLang = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement
        .lang,
  );
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe.skipIf(Boolean(skip))('the web app for each demo role', () => {
  let database: Database;
  let app: App;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ database, app, url } = await startDemoServer());
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const newPage = async (viewport = { width: 1280, height: 900 }, bypassCSP = false) =>
    (await browser.newContext({ viewport, bypassCSP })).newPage();
  // The radio inputs of Mantine's SegmentedControl are visually hidden: a person clicks the label.
  const chooseLanguage = (page: Page, name: string) =>
    page.locator('label').filter({ hasText: name }).click();

  for (const journey of JOURNEYS) {
    it(`${journey.username}: lands on its first page and opens every page of its navigation`, async () => {
      const page = await newPage();
      await signInAs(page, url, journey.username);
      await page.waitForURL(journey.home);
      const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
      await nav.waitFor();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      const links = await nav.getByRole('link').allTextContents();
      expect(links).toEqual(journey.nav.map((k) => NAV[k]));
      for (const key of journey.nav) {
        await nav.getByRole('link', { name: NAV[key] }).click();
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        expect(await page.getByRole('alert').count()).toBe(0);
        await shot(page, `peran-${journey.username}-${key}`);
      }
      await page.context().close();
    });
  }

  it('shows on the province dashboard the numbers the API answers, and opens an instansi from it', async () => {
    const page = await newPage();
    await signInAs(page, url, 'admin.provinsi');
    const table = page.getByTestId('tabel-provinsi');
    await table.waitFor();
    const api = (await (await page.request.get(`${url}/api/provinsi/ringkasan`)).json()) as {
      items: Array<{
        kode: string;
        nama: string;
        jumlahPegawai: number;
        pemetaan: { dipetakan: number; status: string } | null;
        kandidatKelompokTalenta: number | null;
      }>;
    };
    expect(api.items).toHaveLength(15);
    for (const item of api.items) {
      const row = table.locator(`tr[data-kode="${item.kode}"]`);
      expect(await row.locator('[data-field=pegawai]').textContent()).toBe(id.format(item.jumlahPegawai));
      expect(await row.locator('[data-field=dipetakan]').textContent()).toBe(
        id.format(item.pemetaan!.dipetakan),
      );
      const kandidat = item.kandidatKelompokTalenta;
      expect(await row.locator('[data-field=kandidat]').textContent()).toBe(
        kandidat === null ? '—' : id.format(kandidat),
      );
    }
    expect(api.items.find((i) => i.kode === DRAFT_ONLY)?.kandidatKelompokTalenta).toBeNull();
    const total = api.items.reduce((s, i) => s + i.jumlahPegawai, 0);
    expect(await page.getByTestId('stat-pegawai').textContent()).toBe(id.format(total));
    await shot(page, 'dasbor-provinsi');

    const kab = api.items.find((i) => i.kode === DEMO_KAB)!;
    await table.getByRole('link', { name: kab.nama }).click();
    await page.waitForURL(new RegExp(`/i/${DEMO_KAB}$`));
    await page.getByRole('heading', { name: kab.nama }).waitFor();
    await page.context().close();
  });

  it('shows on the instansi dashboard the counts the API answers', async () => {
    const page = await newPage();
    await signInAs(page, url, `admin.${DEMO_KAB}`);
    await page.getByTestId('stat-dinilai').waitFor();
    const api = (await (await page.request.get(`${url}/api/instansi/${DEMO_KAB}/ringkasan`)).json()) as {
      total: { dinilai: number; dipetakan: number; tidakDipetakan: number; perKotak: number[] };
      unit: unknown[];
    };
    expect(await page.getByTestId('stat-dinilai').textContent()).toBe(id.format(api.total.dinilai));
    expect(await page.getByTestId('stat-dipetakan').textContent()).toBe(id.format(api.total.dipetakan));
    expect(await page.getByTestId('stat-tidak').textContent()).toBe(id.format(api.total.tidakDipetakan));
    for (let box = 1; box <= 9; box++) {
      const cell = page.locator(`[data-box="${box}"]`);
      expect(await cell.textContent()).toContain(id.format(api.total.perKotak[box - 1]!));
    }
    expect(await page.getByTestId('tabel-unit').locator('tbody tr').count()).toBe(api.unit.length);
    await page.getByTestId('kualitas-tidak-dapat').waitFor();
    await shot(page, 'dasbor-instansi');
    await page.context().close();
  });

  it('switches the UI to English and back, remembers the choice, and sets <html lang>', async () => {
    const page = await newPage();
    await signInAs(page, url, 'admin.provinsi');
    await page.getByRole('heading', { name: 'Dasbor Provinsi' }).waitFor();
    expect(await htmlLang(page)).toBe('id');
    await chooseLanguage(page, 'English');
    await page.getByRole('heading', { name: 'Province dashboard' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents(),
    ).toEqual([
      'Province dashboard',
      'Government dashboard',
      'Employees',
      'Talent management box (9-box)',
      'Box movement',
      'Positions & key positions',
      'Succession',
      'Talent pool',
      'Provincial JPT pool',
      'Rule sets',
    ]);
    await shot(page, 'bahasa-inggris');
    await page.reload();
    await page.getByRole('heading', { name: 'Province dashboard' }).waitFor();
    await chooseLanguage(page, 'Bahasa Indonesia');
    await page.getByRole('heading', { name: 'Dasbor Provinsi' }).waitFor();
    expect(await htmlLang(page)).toBe('id');
    await page.context().close();
  });

  it('works on a phone: the navigation opens from the menu button', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await signInAs(page, url, `auditor.${DEMO_KAB}`);
    const menu = page.getByRole('button', { name: 'Buka menu navigasi' });
    await menu.click();
    await page.getByRole('link', { name: 'Log Audit' }).click();
    await page.getByTestId('tabel-audit').waitFor();
    await shot(page, 'ponsel-log-audit');
    await page.context().close();
  });

  it('has no serious or critical axe-core violations on the main pages', async () => {
    // The app's CSP forbids inline scripts, axe included: this context alone lets the test inject it.
    const page = await newPage(undefined, true);
    const found: Record<string, unknown> = {};
    await page.goto(`${url}/masuk`);
    await page.getByLabel('Nama pengguna').waitFor();
    found['/masuk'] = await seriousAxeViolations(page);
    await signInAs(page, url, 'auditor.kalteng');
    for (const [route, ready] of [
      ['/provinsi', 'tabel-provinsi'],
      [`/i/${DEMO_KAB}`, 'kualitas-tidak-dapat'],
      ['/audit', 'tabel-audit'],
    ] as const) {
      await page.goto(`${url}${route}`);
      await page.getByTestId(ready).waitFor();
      found[route] = await seriousAxeViolations(page);
    }
    await page.context().close();
    const own = await newPage(undefined, true);
    await signInAs(own, url, `pegawai.${DEMO_KAB}`);
    await own.getByTestId('kotak-saya').waitFor();
    found['/saya'] = await seriousAxeViolations(own);
    await own.context().close();
    // The position register, as the Admin Instansi sees it (with the actions).
    const admin = await newPage(undefined, true);
    await signInAs(admin, url, `admin.${DEMO_KAB}`);
    await admin.goto(`${url}/i/${DEMO_KAB}/jabatan`);
    await admin.getByTestId('tabel-jabatan').waitFor();
    found[`/i/${DEMO_KAB}/jabatan`] = await seriousAxeViolations(admin);
    await admin.context().close();
    expect(found).toEqual({
      '/masuk': [],
      '/provinsi': [],
      [`/i/${DEMO_KAB}`]: [],
      '/audit': [],
      '/saya': [],
      [`/i/${DEMO_KAB}/jabatan`]: [],
    });
  });
});
