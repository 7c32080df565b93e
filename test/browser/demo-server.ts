import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Database } from '../../src/db/client.js';
import { seedDemo } from '../../src/demo/seed.js';
import { DEMO_PASSWORD, seedDemoAccounts } from '../../src/features/auth/demo-accounts.js';
import { runMapping } from '../../src/features/mapping/mapping.service.js';
import { buildApp, type App } from '../../src/platform/http/app.js';
import { testConfig } from '../auth-helpers.js';
import { createTestDatabase } from '../db-engines.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** The demo kabupaten whose accounts the role journeys use. */
export const DEMO_KAB = 'kapuas';
/** A demo instansi left with a draft run only (its dashboard shows "not published"). */
export const DRAFT_ONLY = 'sukamara';

/**
 * The small demo (15 Kalimantan Tengah governments, ±6,000 ASN) with its demo accounts, mapped for 2025
 * (published everywhere but one, which has a draft), served on a free port.
 */
export async function startDemoServer(): Promise<{ database: Database; app: App; url: string }> {
  const database = await createTestDatabase('pglite');
  const seeded = await seedDemo(database.db, { scale: 'kecil', seed: 1, year: 2025 });
  void seeded;
  const kodes = (await database.db.query.instansi.findMany({ columns: { kode: true } })).map((i) => i.kode);
  for (const kode of kodes)
    await runMapping(database.db, {
      instansiKode: kode,
      periode: 2025,
      actor: 'uji',
      publish: kode !== DRAFT_ONLY,
    });
  await seedDemoAccounts(database.db, { nodeEnv: 'test' });
  const app = await buildApp({ database, config: testConfig() });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { database, app, url };
}

/** Signs in through the form and waits for the first page of the role. */
export async function signInAs(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/masuk`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: string[] };

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ html: string; failureSummary?: string }>;
            }>;
          }>;
        };
      }
    ).axe;
    const r = await axe.run((globalThis as unknown as { document: unknown }).document, {
      resultTypes: ['violations'],
    });
    // The first few offending elements, to name them in the failure.
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
