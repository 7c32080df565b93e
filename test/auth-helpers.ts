import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../src/db/client.js';
import { userAccount } from '../src/db/schema/index.js';
import { hashPassword } from '../src/features/auth/password-hash.js';
import type { Role } from '../src/features/auth/policies/roles.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/features/auth/session-token.js';
import { loadConfig, type Config } from '../src/platform/config.js';
import type { App } from '../src/platform/http/app.js';

/** The password of every account the tests create (it meets the policy). */
export const TEST_PASSWORD = 'uji-rahasia-2025';

const hashes = new Map<string, Promise<string>>();
/** argon2 is slow on purpose: hash each test password once per test file. */
const hashOf = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

/** Test configuration; sign-in is not rate-limited unless a test asks (many sign-ins per file). */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig(
    {},
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', TALENTA_LOGIN_RATE_PER_MINUTE: '10000', ...env },
  );
}

export async function createAccount(
  db: Db,
  values: {
    username: string;
    role: Role;
    instansiId: number;
    unitId?: string | null;
    employeeId?: string | null;
    password?: string;
    demo?: boolean;
  },
) {
  const { password = TEST_PASSWORD, ...rest } = values;
  const [row] = await db
    .insert(userAccount)
    .values({ ...rest, passwordHash: await hashOf(password) })
    .returning();
  return row!;
}

/** A signed-in browser: its cookie and CSRF token, ready to pass to `inject`. */
export type Browser = { username: string; cookie: string; csrf: string };

export function sessionCookieOf(res: LightMyRequestResponse): string | undefined {
  return res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
}

export async function signIn(app: App, username: string, password = TEST_PASSWORD): Promise<Browser> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/masuk',
    payload: { namaPengguna: username, kataSandi: password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = sessionCookieOf(res);
  const { csrfToken } = res.json<{ csrfToken: string }>();
  if (!cookie) throw new Error(`sign-in of ${username} set no cookie`);
  return { username, cookie, csrf: csrfToken };
}

/** Headers of a request made by `browser` (the CSRF header only matters on state-changing methods). */
export function as(browser: Browser | undefined, csrf = true): Record<string, string> {
  if (!browser) return {};
  return {
    cookie: `${SESSION_COOKIE}=${browser.cookie}`,
    ...(csrf ? { [CSRF_HEADER]: browser.csrf } : {}),
  };
}
