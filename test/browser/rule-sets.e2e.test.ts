import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import type { App } from '../../src/platform/http/app.js';
import { SCREENSHOTS, browserSkipReason, launchBrowser } from './browser.js';
import { DEMO_KAB, seriousAxeViolations, signInAs, startDemoServer } from './demo-server.js';

const skip = browserSkipReason();
if (skip) console.log(skip);

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/**
 * The rule-set journey of an Admin Instansi: copy Bawaan, a weight that breaks the sum shows the server's
 * message at the field, fix it, what-if (same counts as the API), publish, and run a published mapping
 * with the new rule set as a background job, followed by its progress bar to the end.
 */
describe.skipIf(Boolean(skip))('rule sets, what-if and mapping runs in the browser', () => {
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

  it(`admin.${DEMO_KAB}: copies, edits, simulates, publishes and runs a mapping`, async () => {
    // axe-core is injected: only this context bypasses the app's CSP.
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
    ).newPage();
    const axe: Record<string, unknown> = {};
    await signInAs(page, url, `admin.${DEMO_KAB}`);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Aturan Pemetaan' })
      .click();
    const table = page.getByTestId('tabel-aturan');
    await table.waitFor();
    expect(await table.getByRole('link', { name: 'Lihat bawaan@1' }).count()).toBe(1);
    axe.list = await seriousAxeViolations(page);
    await shot(page, 'aturan-daftar');

    // Copy Bawaan: the new draft opens.
    await page.getByLabel('Kode aturan baru').fill('uji-e2e');
    await page.getByLabel('Nama aturan').fill('Aturan uji e2e');
    await page.getByRole('button', { name: 'Salin', exact: true }).click();
    await page.waitForURL(/\/aturan\/uji-e2e(@|%40)1$/);
    await page.getByTestId('status-aturan').getByText('Draf').waitFor();

    // A weight that makes the sum 1.1: the server's message shows under the weights.
    await page.getByLabel('Kompetensi (K)').fill('0.5');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    const sumError = page.getByTestId('galat-weights');
    await sumError.waitFor();
    expect(await sumError.textContent()).toMatch(/jumlah bobot harus 1 \(sekarang 1,1/);
    await shot(page, 'aturan-galat-bobot');

    // Fixed: 0.5 + 0.3 + 0.2.
    await page.getByLabel('Penilaian potensi (P)').fill('0.3');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByText(/Draf disimpan/).waitFor();
    expect(await sumError.count()).toBe(0);

    // What-if against 2025: the counts the API answers.
    await page.getByLabel('Tahun', { exact: true }).fill('2025');
    await page.getByRole('button', { name: 'Jalankan simulasi' }).click();
    const summary = page.getByTestId('simulasi-ringkas');
    await summary.waitFor();
    const csrf = ((await (await page.request.get(`${url}/api/auth/sesi`)).json()) as { csrfToken: string })
      .csrfToken;
    const api = (await (
      await page.request.post(`${url}/api/instansi/${DEMO_KAB}/aturan/simulasi`, {
        headers: { 'x-csrf-token': csrf },
        data: { periode: 2025, aturan: 'uji-e2e@1', batas: 100 },
      })
    ).json()) as { changed: number; evaluated: number; transitions: Record<string, number> };
    expect(Number(await summary.getAttribute('data-changed'))).toBe(api.changed);
    expect(Number(await summary.getAttribute('data-evaluated'))).toBe(api.evaluated);
    expect(api.changed).toBeGreaterThan(0);
    await page.getByTestId('matriks-simulasi').waitFor();
    expect(await page.getByTestId('orang-simulasi').locator('tbody tr').count()).toBe(
      Math.min(100, api.changed),
    );
    axe.draft = await seriousAxeViolations(page);
    await shot(page, 'aturan-simulasi');

    // Publish, after a confirmation that says it cannot be undone.
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/tidak dapat dibatalkan/).waitFor();
    await shot(page, 'aturan-konfirmasi-terbit');
    await dialog.getByRole('button', { name: 'Ya, terbitkan' }).click();
    await page.getByTestId('status-aturan').getByText('Diterbitkan').waitFor();

    // Run a published mapping of 2025 with it, and follow the job.
    await page.goto(`${url}/i/${DEMO_KAB}/aturan`);
    await page.getByRole('link', { name: 'Jalankan pemetaan' }).click();
    await page.getByLabel('Tahun penilaian').fill('2025');
    await page.getByRole('combobox', { name: 'Versi aturan' }).click();
    await page.getByRole('option', { name: /^uji-e2e@1/ }).click();
    await page.getByLabel('Terbitkan sebagai pemetaan resmi').check();
    axe.run = await seriousAxeViolations(page);
    await page.getByRole('button', { name: 'Mulai' }).click();
    const progress = page.getByTestId('kemajuan-pemetaan');
    await progress.waitFor();
    await progress.getByRole('progressbar', { name: 'Kemajuan pemetaan' }).waitFor();
    await progress.and(page.locator('[data-status=SELESAI]')).waitFor({ timeout: 120_000 });
    expect(await progress.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await progress.getByText(/Hasil ini adalah pemetaan resmi tahun 2025/).waitFor();
    await shot(page, 'pemetaan-selesai');
    await progress.getByRole('link', { name: 'Lihat dasbor 9 kotak' }).click();
    await page.waitForURL(new RegExp(`/i/${DEMO_KAB}\\?periode=2025$`));
    const runs = (await (await page.request.get(`${url}/api/instansi/${DEMO_KAB}/ringkasan`)).json()) as {
      ditampilkan?: { aturan?: string };
    };
    expect(JSON.stringify(runs)).toContain('uji-e2e@1');
    await page.context().close();
    expect(axe).toEqual({ list: [], draft: [], run: [] });
  }, 300_000);
});
