import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { buildApp, type App } from '../../src/platform/http/app.js';
import { createAccount, TEST_PASSWORD, testConfig } from '../auth-helpers.js';
import { createTestDatabase } from '../db-engines.js';
import { createInstansi } from '../factories.js';
import { SCREENSHOTS, browserSkipReason, launchBrowser } from './browser.js';

const skip = browserSkipReason();
if (skip) console.log(skip);

const XSS_NAME = '<img src=x onerror="window.__xss=1">Kabupaten Uji';

describe.skipIf(Boolean(skip))('web app in Chromium', () => {
  let database: Database;
  let app: App;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const prov = await createInstansi(database.db, 'prov', 'PROVINSI');
    await createInstansi(database.db, 'kab', 'KABUPATEN', prov.id);
    await database.db.execute(
      `update instansi set nama = '${XSS_NAME.replace(/'/g, "''")}' where kode = 'kab'`,
    );
    await createAccount(database.db, { username: 'admin.uji', role: 'ADMIN_PROVINSI', instansiId: prov.id });
    app = await buildApp({ database, config: testConfig() });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  it('signs in through the form and lists the instansi, rendering a hostile name as text', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    // Not signed in: the app sends the visitor to the sign-in page.
    await page.waitForURL(/\/masuk/);
    await page.getByLabel('Nama pengguna').fill('admin.uji');
    await page.getByLabel('Kata sandi', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { name: 'Dasbor Provinsi' }).waitFor();
    await page.getByTestId('tabel-provinsi').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'instansi-list.png'), fullPage: true });

    expect(await page.getByRole('link', { name: XSS_NAME, exact: true }).count()).toBe(1);
    expect(await page.locator('table img, nav img, header img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it('refuses a wrong password with the server message', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByLabel('Nama pengguna').fill('admin.uji');
    await page.getByLabel('Kata sandi', { exact: true }).fill('salah-sekali-123');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/salah/i);
    await page.close();
  });
});
