import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  TEST_PASSWORD,
  as,
  createAccount,
  sessionCookieOf,
  signIn,
  testConfig,
} from '../../../test/auth-helpers.js';
import { describeDb } from '../../../test/db-engines.js';
import { createInstansi } from '../../../test/factories.js';
import { queryRows } from '../../db/query.js';
import { buildApp, type App } from '../../platform/http/app.js';
import { SESSION_COOKIE, hashSessionToken } from './session-token.js';

describeDb('sign-in and sessions over HTTP', (database) => {
  let app: App;
  const db = () => database().db;
  const login = (namaPengguna: string, kataSandi: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/auth/masuk', payload: { namaPengguna, kataSandi }, headers });
  const session = (headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: '/api/auth/sesi', headers });
  const instansiList = (headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: '/api/instansi', headers });
  const auditActions = async () =>
    (await queryRows<{ action: string }>(db(), 'select action from audit_log order by seq')).map(
      (r) => r.action,
    );

  beforeAll(async () => {
    const kab = await createInstansi(db(), 'kab');
    for (const name of ['budi', 'citra', 'dedi', 'eka', 'fajar', 'gita'])
      await createAccount(db(), { username: name, role: 'ADMIN_INSTANSI', instansiId: kab.id });
    await createAccount(db(), { username: 'demo.kab', role: 'PPK', instansiId: kab.id, demo: true });
    app = await buildApp({ database: database(), config: testConfig() });
  });
  afterAll(async () => {
    await app.close();
  });

  it('signs in with a HttpOnly, SameSite=Strict session cookie and answers who is signed in', async () => {
    const res = await login('Budi ', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const body = res.json<{ pengguna: unknown; csrfToken: string }>();
    expect(body.pengguna).toEqual({
      namaPengguna: 'budi',
      nama: null,
      peran: 'ADMIN_INSTANSI',
      instansiKode: 'kab',
      seProvinsi: false,
      terbatasUnit: false,
    });
    const who = await session({ cookie: `${SESSION_COOKIE}=${cookie.value}` });
    expect(who.json()).toMatchObject({ pengguna: { namaPengguna: 'budi' }, csrfToken: body.csrfToken });
    // Only a hash of the token is stored.
    const stored = await queryRows<{ token_hash: string }>(db(), 'select token_hash from user_session');
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie.value);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);
  });

  it('marks the cookie Secure behind a TLS proxy when trusted, or when configured', async () => {
    const proxied = await buildApp({
      database: database(),
      config: testConfig({ TALENTA_TRUST_PROXY: 'true' }),
    });
    const forced = await buildApp({
      database: database(),
      config: testConfig({ TALENTA_SECURE_COOKIES: 'true' }),
    });
    try {
      const payload = { namaPengguna: 'budi', kataSandi: TEST_PASSWORD };
      const viaProxy = await proxied.inject({
        method: 'POST',
        url: '/api/auth/masuk',
        payload,
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(viaProxy.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
      const untrusted = await login('budi', TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
      expect(untrusted.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBeFalsy();
      const always = await forced.inject({ method: 'POST', url: '/api/auth/masuk', payload });
      expect(always.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
    } finally {
      await proxied.close();
      await forced.close();
    }
  });

  it('answers a wrong password and an unknown name alike, and records both without the name typed', async () => {
    const wrong = await login('citra', 'salah-sandi-123');
    const unknown = await login('tidak.ada', 'salah-sandi-123');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        code: 'UNAUTHENTICATED',
        message: 'Nama pengguna atau kata sandi salah.',
      });
    }
    const rows = await queryRows<{ after: unknown }>(
      db(),
      "select after from audit_log where action = 'auth.login.fail'",
    );
    expect(rows.map((r) => r.after)).toEqual(
      expect.arrayContaining([{ alasan: 'SANDI_SALAH', percobaan: 1 }, { alasan: 'TIDAK_DIKENAL' }]),
    );
    const text = JSON.stringify(await queryRows(db(), 'select * from audit_log'));
    expect(text).not.toContain('tidak.ada');
    expect(text).not.toContain('salah-sandi-123');
  });

  it('locks an account after 5 failures for 15 minutes, records it, and a right password waits', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await login('dedi', `salah-sandi-${i}x`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const locked = await login('dedi', TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({
      code: 'LOCKED',
      message: expect.stringContaining('terkunci') as unknown,
    });
    const [entry] = await queryRows<{ after: { percobaanGagal: number; terkunciSampai: string } }>(
      db(),
      "select after from audit_log where action = 'auth.lockout'",
    );
    expect(entry?.after.percobaanGagal).toBe(5);
    const minutes = (Date.parse(entry!.after.terkunciSampai) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    // Once the lock has run out, the right password works and the count starts again.
    await db().execute(
      sql`update user_account set locked_until = now() - interval '1 second' where username = 'dedi'`,
    );
    expect((await login('dedi', TEST_PASSWORD)).statusCode).toBe(200);
    const [row] = await queryRows<{ failed_attempts: number }>(
      db(),
      "select failed_attempts from user_account where username = 'dedi'",
    );
    expect(row?.failed_attempts).toBe(0);
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const limited = await buildApp({
      database: database(),
      config: testConfig({ TALENTA_LOGIN_RATE_PER_MINUTE: '3' }),
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await limited.inject({
          method: 'POST',
          url: '/api/auth/masuk',
          payload: { namaPengguna: 'tidak.ada', kataSandi: 'salah-sandi-123' },
        });
        codes.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json()).toMatchObject({ code: 'RATE_LIMITED' });
      }
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it('starts a new session at sign-in: a planted or earlier session token is useless (no fixation)', async () => {
    const first = await signIn(app, 'eka');
    const planted = 'token-yang-ditanam-penyerang';
    const again = await login('eka', TEST_PASSWORD, { cookie: `${SESSION_COOKIE}=${first.cookie}` });
    const fresh = sessionCookieOf(again)!;
    expect(fresh).not.toBe(first.cookie);
    expect((await instansiList(as(first))).statusCode).toBe(401);
    expect((await instansiList({ cookie: `${SESSION_COOKIE}=${fresh}` })).statusCode).toBe(200);
    const withPlanted = await login('eka', TEST_PASSWORD, { cookie: `${SESSION_COOKIE}=${planted}` });
    expect(sessionCookieOf(withPlanted)).not.toBe(planted);
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const b = await signIn(app, 'fajar');
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/auth/keluar', headers });
    const none = await post(as(b, false));
    expect(none.statusCode).toBe(403);
    expect(none.json()).toMatchObject({ code: 'CSRF' });
    expect((await post({ ...as(b, false), 'x-csrf-token': 'salah' })).statusCode).toBe(403);
    expect((await post({ ...as(b, false), 'x-csrf-token': `${b.csrf}x` })).statusCode).toBe(403);
    // Still signed in after the refused attempts; the right token signs out.
    expect((await instansiList(as(b))).statusCode).toBe(200);
    expect((await post(as(b))).statusCode).toBe(204);
  });

  it('ends the session at sign-out, and every session at sign-out everywhere', async () => {
    const a = await signIn(app, 'gita');
    const b = await signIn(app, 'gita');
    const c = await signIn(app, 'gita');
    const out = await app.inject({ method: 'POST', url: '/api/auth/keluar', headers: as(a) });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((k) => k.name === SESSION_COOKIE)?.value).toBe('');
    expect((await instansiList(as(a))).statusCode).toBe(401);
    expect((await instansiList(as(b))).statusCode).toBe(200);
    const all = await app.inject({ method: 'POST', url: '/api/auth/keluar-semua', headers: as(b) });
    expect(all.json()).toEqual({ sesiDiakhiri: 2 });
    for (const gone of [b, c]) expect((await instansiList(as(gone))).statusCode).toBe(401);
    expect((await session(as(b))).json()).toEqual({ pengguna: null, csrfToken: null, berakhir: null });
    expect(await auditActions()).toEqual(expect.arrayContaining(['auth.logout', 'auth.logout.all']));
  });

  it('expires a session after 30 idle minutes and 12 hours after sign-in', async () => {
    const idle = await signIn(app, 'budi');
    const old = await signIn(app, 'budi');
    await db().execute(sql`update user_session set last_seen_at = now() - interval '31 minutes'`);
    expect((await instansiList(as(idle))).statusCode).toBe(401);
    const fresh = await signIn(app, 'budi');
    await db().execute(sql`update user_session set expires_at = now() - interval '1 second'`);
    expect((await instansiList(as(fresh))).statusCode).toBe(401);
    expect((await instansiList(as(old))).statusCode).toBe(401);
    // Expired sessions are deleted when seen.
    const hashes = [idle, old, fresh].map((b) => hashSessionToken(b.cookie));
    const left = await queryRows<{ token_hash: string }>(db(), 'select token_hash from user_session');
    expect(left.filter((r) => hashes.includes(r.token_hash))).toEqual([]);
  });

  it('changes the password under the policy and ends the other sessions', async () => {
    const here = await signIn(app, 'citra');
    const elsewhere = await signIn(app, 'citra');
    const change = (kataSandiLama: string, kataSandiBaru: string) =>
      app.inject({
        method: 'PUT',
        url: '/api/auth/kata-sandi',
        headers: as(here),
        payload: { kataSandiLama, kataSandiBaru },
      });
    const wrong = await change('bukan-sandinya-1', 'Sandi-Baru-2025');
    expect(wrong.statusCode).toBe(400);
    const weak = await change(TEST_PASSWORD, 'citra12345');
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ message: string }>().message).toContain('nama pengguna');
    const ok = await change(TEST_PASSWORD, 'Sandi-Baru-2025');
    expect(ok.json()).toEqual({ sesiLainDiakhiri: 1 });
    expect((await instansiList(as(here))).statusCode).toBe(200);
    expect((await instansiList(as(elsewhere))).statusCode).toBe(401);
    expect((await login('citra', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('citra', 'Sandi-Baru-2025')).statusCode).toBe(200);
    const text = JSON.stringify(await queryRows(db(), 'select before, after from audit_log'));
    for (const secret of ['Sandi-Baru-2025', TEST_PASSWORD, here.cookie, here.csrf])
      expect(text).not.toContain(secret);
  });

  it('refuses demo accounts in production, even with their password', async () => {
    expect((await login('demo.kab', TEST_PASSWORD)).statusCode).toBe(200);
    const prod = await buildApp({ database: database(), config: testConfig({ NODE_ENV: 'production' }) });
    try {
      const res = await prod.inject({
        method: 'POST',
        url: '/api/auth/masuk',
        payload: { namaPengguna: 'demo.kab', kataSandi: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(401);
    } finally {
      await prod.close();
    }
  });

  it('limits request bodies: 16 KB for sign-in, 1 MB elsewhere, with the stable error body', async () => {
    const big = await login('budi', 'x'.repeat(20 * 1024));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: 'Isi permintaan terlalu besar.' });
    const b = await signIn(app, 'budi');
    const huge = await app.inject({
      method: 'POST',
      url: '/api/instansi/kab/aturan/simulasi',
      headers: { ...as(b), 'content-type': 'application/json' },
      payload: JSON.stringify({ periode: 2025, aturan: 'x'.repeat(1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    const invalid = await login('', '');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ code: 'VALIDATION', details: expect.any(Array) as unknown });
  });

  it('answers 401 without a session, and keeps /healthz and the session probe public', async () => {
    expect((await instansiList({})).statusCode).toBe(401);
    expect((await instansiList({})).json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await session({})).json()).toEqual({ pengguna: null, csrfToken: null, berakhir: null });
  });
});
