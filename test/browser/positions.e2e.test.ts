import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { queryRows } from '../../src/db/query.js';
import type { App } from '../../src/platform/http/app.js';
import { SCREENSHOTS, browserSkipReason, launchBrowser } from './browser.js';
import { DEMO_KAB, seriousAxeViolations, signInAs, startDemoServer } from './demo-server.js';

const skip = browserSkipReason();
if (skip) console.log(skip);

type Positions = {
  items: Array<{ kode: string; nama: string; kunci: boolean; dapatDitetapkanKunci: boolean }>;
  total: number;
};
type KeyPositions = { items: Array<{ kode: string; alasanKritikal: string | null }> };

const id = new Intl.NumberFormat('id-ID');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
const getJson = async <T>(page: Page, url: string): Promise<T> => {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
};
const REASON = 'Jabatan strategis: pengelola anggaran dan aset daerah';
const WHY_NOT = 'Tugasnya dialihkan ke jabatan lain setelah penataan organisasi';

describe.skipIf(Boolean(skip))('the position register (Jabatan & Jabatan Kunci)', () => {
  let database: Database;
  let app: App;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ database, app, url } = await startDemoServer());
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  // bypassCSP: the app's CSP forbids inline scripts, axe included; this context alone injects it.
  const newPage = async () =>
    (await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' });

  it('an Admin Instansi marks a position as key with a reason, finds it in succession, and unmarks it', async () => {
    const page = await newPage();
    await signInAs(page, url, `admin.${DEMO_KAB}`);
    await nav(page).getByRole('link', { name: 'Jabatan & Jabatan Kunci' }).click();
    const table = page.getByTestId('tabel-jabatan');
    await table.waitFor();
    const all = await getJson<Positions>(page, `${url}/api/instansi/${DEMO_KAB}/jabatan`);
    expect(await page.getByTestId('jumlah-jabatan').textContent()).toBe(`${id.format(all.total)} jabatan`);
    // An Administrator post that is not key yet; it is found by its kode.
    const candidates = await getJson<Positions>(
      page,
      `${url}/api/instansi/${DEMO_KAB}/jabatan?kunci=false&jenjang=ADMINISTRATOR&ukuran=1`,
    );
    const target = candidates.items[0]!;
    expect(target.dapatDitetapkanKunci).toBe(true);
    await page.getByTestId('cari-jabatan').fill(target.kode);
    const row = table.locator(`tr[data-kode="${target.kode}"]`);
    await row.waitFor();

    // The reason is required: an empty one is refused in the form, in Indonesian.
    await row.getByRole('button', { name: 'Tetapkan sebagai jabatan kunci' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Tetapkan', exact: true }).click();
    await dialog.getByText('Alasan wajib diisi, paling sedikit 10 karakter.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: /Alasan/ }).fill(REASON);
    await dialog.getByRole('button', { name: 'Tetapkan', exact: true }).click();
    const notice = page.getByTestId('pemberitahuan-jabatan-kunci');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`${target.nama} ditetapkan sebagai jabatan kunci.`);
    expect(await notice.locator('[data-field=slates]').getAttribute('data-value')).toBe('ok');
    await row.locator('[data-testid=tanda-kunci]').waitFor();
    expect(await row.locator('[data-field=alasan]').textContent()).toBe(`Alasan: ${REASON}`);
    await shot(page, 'jabatan-kunci-ditetapkan');

    // The succession page lists it with its reason (its queries were refreshed), and links back.
    await nav(page).getByRole('link', { name: 'Suksesi' }).click();
    const keyTable = page.getByTestId('tabel-jabatan-kunci');
    await keyTable.locator(`tr[data-kode="${target.kode}"]`).waitFor();
    const listed = await getJson<KeyPositions>(page, `${url}/api/instansi/${DEMO_KAB}/suksesi/jabatan-kunci`);
    expect(listed.items.find((p) => p.kode === target.kode)?.alasanKritikal).toBe(REASON);
    await page.getByTestId('kelola-jabatan-kunci').click();
    await page.waitForURL(new RegExp(`/i/${DEMO_KAB}/jabatan\\?kunci=true$`));
    const keyRow = page.getByTestId('tabel-jabatan').locator(`tr[data-kode="${target.kode}"]`);
    await keyRow.waitFor();
    expect(await page.getByTestId('tabel-jabatan').locator('tr[data-kunci="false"]').count()).toBe(0);

    // Unmarking asks a reason too; the position leaves the key list and the succession page.
    await keyRow.getByRole('button', { name: 'Cabut status jabatan kunci' }).click();
    await dialog.getByRole('textbox', { name: /Alasan/ }).fill(WHY_NOT);
    await dialog.getByRole('button', { name: 'Cabut status', exact: true }).click();
    await notice.getByText(`Status jabatan kunci ${target.nama} dicabut.`).waitFor();
    await keyRow.waitFor({ state: 'detached' });
    await nav(page).getByRole('link', { name: 'Suksesi' }).click();
    await keyTable.waitFor();
    expect(await keyTable.locator(`tr[data-kode="${target.kode}"]`).count()).toBe(0);

    const audit = await queryRows<{ action: string; after: { alasan: string } }>(
      database.db,
      "select action, after from audit_log where action like 'position.key_%' order by seq",
    );
    expect(audit.map((a) => [a.action, a.after.alasan])).toEqual([
      ['position.key_set', REASON],
      ['position.key_unset', WHY_NOT],
    ]);
    await page.context().close();
  });

  it('shows the register read-only to the Komite Talenta, key positions with their reason', async () => {
    const page = await newPage();
    await signInAs(page, url, `komite.${DEMO_KAB}`);
    await page.goto(`${url}/i/${DEMO_KAB}/jabatan?kunci=true`);
    const table = page.getByTestId('tabel-jabatan');
    await table.waitFor();
    const keys = await getJson<Positions>(
      page,
      `${url}/api/instansi/${DEMO_KAB}/jabatan?kunci=true&ukuran=25`,
    );
    expect(keys.items.length).toBeGreaterThan(0);
    expect(await table.locator('tbody tr').count()).toBe(keys.items.length);
    expect(await table.locator('[data-testid=tanda-kunci]').count()).toBe(keys.items.length);
    expect(await page.getByRole('button', { name: /jabatan kunci/ }).count()).toBe(0);
    await page.context().close();
  });
});
