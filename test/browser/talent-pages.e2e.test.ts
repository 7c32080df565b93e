import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { runMapping } from '../../src/features/mapping/mapping.service.js';
import type { App } from '../../src/platform/http/app.js';
import { SCREENSHOTS, browserSkipReason, launchBrowser } from './browser.js';
import { DEMO_KAB, seriousAxeViolations, signInAs, startDemoServer } from './demo-server.js';

const skip = browserSkipReason();
if (skip) console.log(skip);

const id = new Intl.NumberFormat('id-ID');
const idDecimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

type NineBox = {
  total: number;
  dipetakan: number;
  tidakDipetakan: number;
  kotak: { kotak: number; jumlah: number; persen: number }[];
};
type EmployeePage = { total: number; items: { nip: string; nama: string; unit: { id: string } | null }[] };

/** The employee list, the talent card, the 9-box and movement pages (issue #6 parts 4, 5, 8). */
describe.skipIf(Boolean(skip))('employee and 9-box pages', () => {
  let database: Database;
  let app: App;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ database, app, url } = await startDemoServer());
    // A second, earlier official year, so the movement page has people who moved.
    await runMapping(database.db, { instansiKode: DEMO_KAB, periode: 2024, actor: 'uji', publish: true });
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const newPage = async (bypassCSP = false, viewport = { width: 1280, height: 900 }) =>
    (await browser.newContext({ viewport, bypassCSP })).newPage();
  const api = async <T>(page: Page, p: string) => (await (await page.request.get(`${url}${p}`)).json()) as T;

  const expectGridEqualsApi = async (page: Page, answer: NineBox) => {
    expect(await page.getByTestId('stat-total').textContent()).toBe(id.format(answer.total));
    expect(await page.getByTestId('stat-dipetakan').textContent()).toBe(id.format(answer.dipetakan));
    expect(await page.getByTestId('stat-tidak').textContent()).toBe(id.format(answer.tidakDipetakan));
    for (const k of answer.kotak) {
      const cell = page.getByTestId('kotak-talenta').locator(`[data-box="${k.kotak}"]`);
      expect(await cell.locator('[data-field=jumlah]').textContent()).toBe(id.format(k.jumlah));
      expect(await cell.textContent()).toContain(`${idDecimal.format(k.persen)}%`);
    }
  };

  it('shows on the 9-box the numbers the API answers, unfiltered and for a job level, box 9 top right', async () => {
    const page = await newPage();
    await signInAs(page, url, `admin.${DEMO_KAB}`);
    await page.goto(`${url}/i/${DEMO_KAB}/pemetaan`);
    await page.getByTestId('kotak-talenta').waitFor();
    await expectGridEqualsApi(page, await api<NineBox>(page, `/api/instansi/${DEMO_KAB}/pemetaan/kotak`));
    // rules.md §3: reading order of the grid is 4 7 9 / 2 5 8 / 1 3 6.
    const cells = await page.getByTestId('kotak-talenta').locator('[data-box]').all();
    const order = await Promise.all(cells.map((c) => c.getAttribute('data-box')));
    expect(order).toEqual(['4', '7', '9', '2', '5', '8', '1', '3', '6']);
    await shot(page, 'kotak-manajemen-talenta');

    await page.goto(`${url}/i/${DEMO_KAB}/pemetaan?jenjang=PELAKSANA`);
    await page.getByTestId('kotak-talenta').waitFor();
    const filtered = await api<NineBox>(page, `/api/instansi/${DEMO_KAB}/pemetaan/kotak?jenjang=PELAKSANA`);
    await page
      .getByTestId('stat-total')
      .filter({ hasText: new RegExp(`^${id.format(filtered.total)}$`) })
      .waitFor();
    await expectGridEqualsApi(page, filtered);
    await page.context().close();
  });

  it('opens a talent card from a box, with the engine explanation and the competency radar', async () => {
    const page = await newPage();
    await signInAs(page, url, `komite.${DEMO_KAB}`);
    await page.goto(`${url}/i/${DEMO_KAB}/pemetaan`);
    await page.getByTestId('kotak-talenta').locator('[data-box="5"]').click();
    const people = page.getByTestId('orang-kotak');
    const first = people.locator('tbody tr').first();
    await first.waitFor();
    const answer = await api<EmployeePage>(
      page,
      `/api/instansi/${DEMO_KAB}/pemetaan/kotak/5/pegawai?ukuran=20`,
    );
    expect(await people.getByTestId('jumlah-orang-kotak').textContent()).toContain(id.format(answer.total));
    const nip = await first.getAttribute('data-nip');
    await first.getByRole('link').click();
    await page.waitForURL(new RegExp(`/i/${DEMO_KAB}/pegawai/${nip}$`));
    await page.getByTestId('kartu-penjelasan').waitFor();
    expect(await page.getByTestId('kartu-penjelasan').textContent()).toContain('Kotak 5');
    await page.getByTestId('komponen-potensial').waitFor();
    await page.getByTestId('kartu-kompetensi').locator('svg').first().waitFor();
    await shot(page, 'kartu-talenta');
    await page.context().close();
  });

  it('finds a person by NIP prefix, and a row opens the card', async () => {
    const page = await newPage();
    await signInAs(page, url, `admin.${DEMO_KAB}`);
    const some = await api<EmployeePage>(page, `/api/instansi/${DEMO_KAB}/pegawai?ukuran=1&urut=-nip`);
    const target = some.items[0]!;
    await page.goto(`${url}/i/${DEMO_KAB}/pegawai`);
    await page.getByTestId('tabel-pegawai').waitFor();
    await page.getByTestId('cari-pegawai').fill(target.nip.slice(0, 14));
    const row = page.locator(`tr[data-nip="${target.nip}"]`);
    await row.waitFor();
    const prefixed = await api<EmployeePage>(
      page,
      `/api/instansi/${DEMO_KAB}/pegawai?cari=${target.nip.slice(0, 14)}&ukuran=200`,
    );
    await expect
      .poll(() => page.getByTestId('tabel-pegawai').locator('tbody tr').count())
      .toBe(Math.min(25, prefixed.total));
    await shot(page, 'daftar-pegawai-cari');
    await row.getByRole('link').click();
    await page.getByTestId('nama-pegawai').waitFor();
    expect(await page.getByTestId('kartu-identitas').textContent()).toContain(target.nip);
    await page.context().close();
  });

  it('shows a Pimpinan Unit only their subtree', async () => {
    const page = await newPage();
    await signInAs(page, url, `pimpinan.${DEMO_KAB}`);
    const own = await api<EmployeePage>(page, `/api/instansi/${DEMO_KAB}/pegawai?ukuran=1`);
    const units = await api<{ items: { id: string }[] }>(page, `/api/instansi/${DEMO_KAB}/unit`);
    await page.goto(`${url}/i/${DEMO_KAB}/pegawai`);
    await page.getByTestId('tabel-pegawai').waitFor();
    expect(await page.getByTestId('jumlah-pegawai').textContent()).toContain(id.format(own.total));
    const admin = await newPage();
    await signInAs(admin, url, `admin.${DEMO_KAB}`);
    const all = await api<EmployeePage>(admin, `/api/instansi/${DEMO_KAB}/pegawai?ukuran=1`);
    expect(own.total).toBeLessThan(all.total);
    // Every row on the page is in a unit of the subtree the server answers for this account.
    const reach = new Set(units.items.map((u) => u.id));
    const page1 = await api<EmployeePage>(page, `/api/instansi/${DEMO_KAB}/pegawai?ukuran=25`);
    expect(page1.items.every((p) => p.unit === null || reach.has(p.unit.id))).toBe(true);
    await page.goto(`${url}/i/${DEMO_KAB}/pemetaan`);
    await page.getByTestId('kotak-talenta').waitFor();
    await expectGridEqualsApi(page, await api<NineBox>(page, `/api/instansi/${DEMO_KAB}/pemetaan/kotak`));
    await shot(page, 'pimpinan-kotak');
    await admin.context().close();
    await page.context().close();
  });

  it('shows the movement between two years: the matrix, the counts and who moved, as the API answers', async () => {
    const page = await newPage();
    await signInAs(page, url, `ppk.${DEMO_KAB}`);
    await page.goto(`${url}/i/${DEMO_KAB}/pemetaan/pergerakan`);
    await page.getByTestId('matriks-pergerakan').waitFor();
    const answer = await api<{
      up: number;
      same: number;
      down: number;
      matrix: Record<string, Record<string, number>>;
      movers: { nip: string }[];
    }>(page, `/api/instansi/${DEMO_KAB}/pemetaan/pergerakan?dari=2024&ke=2025`);
    for (const k of ['up', 'same', 'down'] as const)
      expect(await page.getByTestId(`gerak-${k}`).textContent()).toBe(id.format(answer[k]));
    expect(answer.up + answer.down).toBeGreaterThan(0);
    const cell = page.getByTestId('matriks-pergerakan').locator('td[data-from="9"][data-to="9"]');
    expect(await cell.textContent()).toBe(
      answer.matrix['9']!['9'] ? id.format(answer.matrix['9']!['9']) : '·',
    );
    expect(await page.getByTestId('yang-bergerak').locator('tbody tr').count()).toBe(answer.movers.length);
    await shot(page, 'pergerakan-kotak');
    const mover = answer.movers[0]!;
    await page.getByTestId('yang-bergerak').locator(`tr[data-nip="${mover.nip}"]`).getByRole('link').click();
    await page.getByTestId('kartu-riwayat-kotak').waitFor();
    expect(await page.getByTestId('kartu-riwayat-kotak').locator('tbody tr').count()).toBe(2);
    await page.context().close();
  });

  it('works on a phone: the employee list scrolls inside its container', async () => {
    const page = await newPage(false, { width: 390, height: 844 });
    await signInAs(page, url, `admin.${DEMO_KAB}`);
    await page.goto(`${url}/i/${DEMO_KAB}/pegawai`);
    await page.getByTestId('tabel-pegawai').waitFor();
    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    expect(width).toBeLessThanOrEqual(390);
    await shot(page, 'ponsel-daftar-pegawai');
    await page.context().close();
  });

  it('has no serious or critical axe-core violations on the list, card and 9-box pages', async () => {
    const page = await newPage(true);
    await signInAs(page, url, `admin.${DEMO_KAB}`);
    const some = await api<EmployeePage>(page, `/api/instansi/${DEMO_KAB}/pegawai?kotak=7&ukuran=1`);
    const found: Record<string, unknown> = {};
    for (const [route, ready] of [
      [`/i/${DEMO_KAB}/pegawai`, 'tabel-pegawai'],
      [`/i/${DEMO_KAB}/pegawai/${some.items[0]!.nip}`, 'kartu-penjelasan'],
      [`/i/${DEMO_KAB}/pemetaan?kotak=7`, 'orang-kotak'],
      [`/i/${DEMO_KAB}/pemetaan/pergerakan?dari=2024&ke=2025`, 'yang-bergerak'],
    ] as const) {
      await page.goto(`${url}${route}`);
      await page.getByTestId(ready).waitFor();
      found[route] = await seriousAxeViolations(page);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await page.context().close();
  });
});
