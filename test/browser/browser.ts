import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** Debian's chromium (never a downloaded browser); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_BUILD = path.join(ROOT, 'dist', 'web', 'index.html');

/** Why the browser suite cannot run here, or undefined when it can. */
export function browserSkipReason(): string | undefined {
  if (!existsSync(CHROMIUM)) {
    return `ℹ Browser tests skipped: no Chromium at ${CHROMIUM}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`;
  }
  if (!existsSync(WEB_BUILD))
    return 'ℹ Browser tests skipped: the web app is not built. Run `npm run build`.';
  return undefined;
}

/** Headless Chromium with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
