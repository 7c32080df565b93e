import { readFile } from 'node:fs/promises';
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

const ROWS = 300;
/** The demo has SKP of 2024 and 2025: 2023 is new for every employee. */
const YEAR = 2023;
/** Index of the bad row among the data rows; in the file it is row BAD + 2 (the header is row 1). */
const BAD = 150;
const BAD_VALUE = 'LUAR_BIASA';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `impor-${name}.png`), fullPage: true });

const csv = (nips: readonly string[], bad: number | null) =>
  [
    'nipBaru,tahun,hasilKinerja,perilakuKerja',
    ...nips.map(
      (nip, i) => `${nip},${YEAR},${i === bad ? BAD_VALUE : 'SESUAI_EKSPEKTASI'},DI_ATAS_EKSPEKTASI`,
    ),
  ].join('\n');

describe.skipIf(Boolean(skip))('the web import of an Admin Instansi', () => {
  let database: Database;
  let app: App;
  let url: string;
  let browser: Browser;
  let nips: string[];

  beforeAll(async () => {
    ({ database, app, url } = await startDemoServer());
    browser = await launchBrowser();
    nips = (
      await queryRows<{ nip: string }>(
        database.db,
        `select e.nip from employee e join instansi i on i.id = e.instansi_id
          where i.kode = '${DEMO_KAB}' order by e.nip limit ${ROWS}`,
      )
    ).map((r) => r.nip);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  /** Waits until the shown import's job is done, and returns its status (with the failure's text). */
  async function finished(page: Page): Promise<string> {
    const card = page.locator(
      '[data-testid="impor-terpilih"]:is([data-status="TERVALIDASI"],[data-status="DITERAPKAN"],[data-status="GAGAL"])',
    );
    try {
      await card.waitFor({ timeout: 120_000 });
    } catch (error) {
      await shot(page, 'x-waktu-habis');
      throw error;
    }
    const status = (await card.getAttribute('data-status'))!;
    if (status === 'GAGAL') return `GAGAL: ${await page.getByTestId('impor-gagal').textContent()}`;
    return status;
  }
  const count = (page: Page, table: string, field: string) =>
    page.getByTestId(table).locator(`[data-field="${field}"]`).textContent();

  async function uploadCsv(page: Page, fileName: string, content: string) {
    await page.getByLabel('Jenis data').first().click();
    await page.getByRole('option', { name: 'Sasaran Kinerja Pegawai (SKP)' }).click();
    await page
      .getByTestId('unggah')
      .locator('input[type="file"]')
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(content) });
    await page.getByRole('button', { name: 'Unggah dan periksa' }).click();
  }

  it('uploads, reports exactly the bad row, refuses an atomic commit, applies with skip, and re-imports unchanged', async () => {
    expect(nips).toHaveLength(ROWS);
    // bypassCSP: the app's CSP forbids inline scripts; this context alone lets the test inject axe-core.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await signInAs(page, url, `admin.${DEMO_KAB}`);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Impor Data' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Impor Data' }).waitFor();
    await page.waitForURL(new RegExp(`/i/${DEMO_KAB}/impor`));
    await shot(page, '1-halaman');

    await uploadCsv(page, 'skp-2023.csv', csv(nips, BAD));
    await shot(page, '2-diunggah');
    expect(await finished(page)).toBe('TERVALIDASI');
    expect(await count(page, 'jumlah-validasi', 'barisDibaca')).toBe('300');
    expect(await count(page, 'jumlah-validasi', 'valid')).toBe('299');
    expect(await count(page, 'jumlah-validasi', 'tidakValid')).toBe('1');
    expect(await count(page, 'jumlah-validasi', 'baru')).toBe('299');
    // Exactly the bad row, with its column, value and the server's Indonesian explanation.
    const issues = page.getByTestId('tabel-masalah').locator('tbody tr');
    await issues.first().waitFor(); // the preview loads after the counts
    expect(await issues.count()).toBe(1);
    const row = issues.first();
    expect(await row.getAttribute('data-baris')).toBe(String(BAD + 2));
    expect(await row.locator('[data-field="kolom"]').textContent()).toBe('hasilKinerja');
    expect(await row.locator('[data-field="nilai"]').textContent()).toBe(BAD_VALUE);
    expect((await row.locator('[data-field="pesan"]').textContent())?.length).toBeGreaterThan(10);

    // Atomic: the commit is blocked, with the reason next to the button …
    const apply = page.getByRole('button', { name: 'Terapkan', exact: true });
    expect(await apply.isDisabled()).toBe(true);
    expect(await page.getByTestId('alasan-tidak-dapat').textContent()).toContain('1 baris tidak valid');
    // … and the server refuses it too.
    const sesi = (await (await page.request.get(`${url}/api/auth/sesi`)).json()) as { csrfToken: string };
    const id = new URL(page.url()).searchParams.get('impor')!;
    const refused = await page.request.post(`${url}/api/instansi/${DEMO_KAB}/impor/${id}/terapkan`, {
      headers: { 'x-csrf-token': sesi.csrfToken },
      data: { lewatiTidakValid: false },
    });
    expect(refused.status()).toBe(409);
    await shot(page, '3-hasil-validasi');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Lewati baris tidak valid').check();
    expect(await apply.isDisabled()).toBe(false);
    await apply.click();
    const dialog = page.getByRole('dialog', { name: 'Terapkan impor ini?' });
    await dialog.waitFor();
    await shot(page, '4-konfirmasi');
    await dialog.getByRole('button', { name: 'Ya, terapkan' }).click();
    await page
      .locator('[data-testid="impor-terpilih"][data-status="MENERAPKAN"]')
      .or(page.getByTestId('ringkasan-penerapan'))
      .first()
      .waitFor();
    expect(await finished(page)).toBe('DITERAPKAN');
    await page.getByTestId('ringkasan-penerapan').waitFor();
    expect(await count(page, 'jumlah-hasil', 'baru')).toBe('299');
    expect(await count(page, 'jumlah-hasil', 'tidakValid')).toBe('1');
    const saved = await queryRows<{ n: number }>(
      database.db,
      `select count(*)::int as n from skp s join instansi i on i.id = s.instansi_id
        where i.kode = '${DEMO_KAB}' and s.tahun = ${YEAR}`,
    );
    expect(saved[0]!.n).toBe(299);
    await shot(page, '5-diterapkan');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('unduh-kesalahan').click(),
    ]);
    const errorFile = await readFile(await download.path());
    const text = errorFile.toString('utf8');
    expect(text).toContain(BAD_VALUE);
    expect(text).toContain(nips[BAD]!);
    expect(text).not.toContain(nips[BAD + 1]!);

    // The same good rows again: nothing to change.
    const good = nips.filter((_, i) => i !== BAD);
    await uploadCsv(page, 'skp-2023-ulang.csv', csv(good, null));
    await page.waitForURL((u) => u.searchParams.get('impor') !== id);
    expect(await finished(page)).toBe('TERVALIDASI');
    expect(await count(page, 'jumlah-validasi', 'tidakValid')).toBe('0');
    expect(await count(page, 'jumlah-validasi', 'tidakBerubah')).toBe('299');
    expect(await count(page, 'jumlah-validasi', 'baru')).toBe('0');
    expect(await count(page, 'jumlah-validasi', 'diperbarui')).toBe('0');
    const recent = page.getByTestId('tabel-impor').locator('tbody tr');
    await recent.nth(1).waitFor(); // the list refreshes after the upload
    expect(await recent.count()).toBe(2);
    await shot(page, '6-ulang-tidak-berubah');
    await context.close();
  }, 240_000);

  it('shows an unknown import as an error in its card, not a blank page', async () => {
    const page = await browser.newPage();
    await signInAs(page, url, `admin.${DEMO_KAB}`);
    await page.goto(`${url}/i/${DEMO_KAB}/impor?impor=00000000-0000-7000-8000-000000000000`);
    await page.getByRole('alert').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Impor Data' }).waitFor();
    await page.getByRole('button', { name: 'Unggah dan periksa' }).waitFor();
    await shot(page, '7-tidak-ditemukan');
    await page.close();
  });
});
