import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.js';
import { queryRows } from '../src/db/query.js';
import { seedDemo } from '../src/demo/seed.js';
import { signIn } from '../src/features/auth/auth.service.js';
import { seedDemoAccounts, DEMO_PASSWORD } from '../src/features/auth/demo-accounts.js';
import { runMapping } from '../src/features/mapping/mapping.service.js';
import { testConfig } from './auth-helpers.js';
import { runCli, spawnCli, stop, tempDataDir, waitForOutput } from './cli-helpers.js';
import { adminUrl } from './db-engines.js';

describe('talenta user', () => {
  it('adds, lists, resets and disables accounts, reading passwords from standard input only', async () => {
    const dir = tempDataDir();
    const cli = (args: string[], input?: string) => runCli([...args, '--data-dir', dir], {}, input);
    expect((await cli(['instansi', 'add', 'kab', 'Kabupaten Uji'])).code).toBe(0);

    const added = await cli(
      [
        'user',
        'add',
        'admin.kab',
        '--role',
        'admin_instansi',
        '--instansi',
        'kab',
        '--nama',
        'Admin Uji',
        '--password-stdin',
      ],
      'Sandi-Awal-2025\n',
    );
    expect(added.stderr).toBe('');
    expect(added).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Akun admin.kab (ADMIN_INSTANSI, kab) ditambahkan.') as unknown,
    });

    const noTerminal = await cli(['user', 'add', 'ppk.kab', '--role', 'PPK', '--instansi', 'kab']);
    expect(noTerminal.code).toBe(1);
    expect(noTerminal.stderr).toContain('--password-stdin');
    const weak = await cli(
      ['user', 'add', 'ppk.kab', '--role', 'PPK', '--instansi', 'kab', '--password-stdin'],
      'pendek\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('minimal 10 karakter');
    expect(weak.stderr).not.toContain('pendek\n');

    const reset = await cli(['user', 'reset-password', 'admin.kab', '--password-stdin'], 'Sandi-Baru-2025\n');
    expect(reset).toMatchObject({ code: 0, stdout: expect.stringContaining('0 sesi diakhiri') as unknown });
    expect((await cli(['user', 'disable', 'admin.kab'])).stdout).toContain('dinonaktifkan');

    const list = await cli(['user', 'list', '--instansi', 'kab', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      {
        username: 'admin.kab',
        nama: 'Admin Uji',
        peran: 'ADMIN_INSTANSI',
        status: 'NONAKTIF',
        unit: null,
        nip: null,
        terkunciSampai: null,
      },
    ]);
    const verify = await cli(['audit', 'verify']);
    expect(verify).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Log audit utuh: 4 entri') as unknown,
    });
    for (const out of [added, reset, list, verify])
      expect(out.stdout + out.stderr).not.toMatch(/Sandi-(Awal|Baru)/);
  }, 180_000);
});

describe('talenta demo in production', () => {
  it('refuses before writing anything: its accounts share a published password', async () => {
    const result = await runCli(['demo', '--data-dir', tempDataDir()], { NODE_ENV: 'production' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('NODE_ENV=production');
  });
});

describe('talenta serve on an empty folder', () => {
  it('seeds the demo with one account per role and instansi, prints the logins, and they sign in', async () => {
    const dir = tempDataDir();
    const server = spawnCli(['serve', '--port', '0', '--data-dir', dir]);
    try {
      // One wait for both: the logins follow the ready line at once, and a loaded machine can deliver them
      // in the same chunk of output, which a second wait (listening from then on) would never see.
      const [all, url] = await waitForOutput(
        server,
        /Talenta siap di (http:\/\/\S+) [\s\S]*Akun demo[\s\S]*<kode>: .*\n/,
        150_000,
      );
      const table = all.slice(all.indexOf('Akun demo'));
      expect(table).toContain('talenta-demo');
      expect(table).toMatch(/ADMIN_PROVINSI\s+admin\.provinsi\s+1 akun/);
      expect(table).toMatch(/PEGAWAI\s+pegawai\.<kode>\s+15 akun/);
      expect(table).toContain('<kode>: kalteng, barsel, bartim, barut, gumas');
      const login = await fetch(`${url}/api/auth/masuk`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ namaPengguna: 'admin.provinsi', kataSandi: DEMO_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const list = await fetch(`${url}/api/instansi`, { headers: { cookie } });
      expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(15);
    } finally {
      await stop(server);
    }
  }, 180_000);
});

/**
 * A demo-like database: two demo governments with their demo accounts, a published mapping run, and
 * sign-ins (good, bad, locked) in the audit log.
 */
async function seedDemoLike(database: Database): Promise<void> {
  const db = database.db;
  await database.migrate();
  await seedDemo(db, { scale: 'kecil', only: ['kalteng', 'kapuas'] });
  await seedDemoAccounts(db, { nodeEnv: 'test' });
  await runMapping(db, { instansiKode: 'kapuas', periode: 2025, actor: 'cli:uji', publish: true });
  const auth = testConfig().auth;
  await signIn(db, auth, { username: 'admin.kapuas', password: DEMO_PASSWORD });
  for (let i = 0; i < 5; i++)
    await signIn(db, auth, { username: 'ppk.kapuas', password: 'salah-sandi-1' }).catch(() => undefined);
}

/** Changes one entry behind the append-only trigger, as a superuser could; returns its seq. */
async function tamper(database: Database): Promise<number> {
  const db = database.db;
  const [target] = await queryRows<{ seq: number }>(
    db,
    "select seq::int as seq from audit_log where action = 'auth.login' order by seq limit 1",
  );
  await db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
  await db.execute(sql`update audit_log set actor = 'user:admin.provinsi' where seq = ${target!.seq}`);
  await db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  return target!.seq;
}

async function expectVerifyCatches(
  run: () => Promise<{ code: number | null; stdout: string; stderr: string }>,
  seq: number,
) {
  const result = await run();
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(`Log audit RUSAK pada entri #${seq}`);
  expect(result.stderr).toContain(`${seq - 1} entri sebelumnya utuh`);
}

describe('talenta audit verify on a demo-like dataset', () => {
  it('passes an intact log and names the entry changed behind the trigger (embedded)', async () => {
    const dir = tempDataDir();
    const database = await openDatabase({ engine: 'pglite', dataDir: dir });
    await seedDemoLike(database);
    await database.close();
    const intact = await runCli(['audit', 'verify', '--data-dir', dir]);
    expect(intact).toMatchObject({ code: 0, stdout: expect.stringContaining('Log audit utuh') as unknown });

    const again = await openDatabase({ engine: 'pglite', dataDir: dir });
    const seq = await tamper(again);
    await again.close();
    await expectVerifyCatches(() => runCli(['audit', 'verify', '--data-dir', dir]), seq);
  }, 120_000);

  it.runIf(inject('postgresUrl'))(
    'does the same on a PostgreSQL server',
    async () => {
      const url = inject('postgresUrl');
      const name = `talenta_cli_${randomBytes(5).toString('hex')}`;
      const admin = await openDatabase({ engine: 'postgres', url, poolSize: 1 });
      await admin.db.execute(`CREATE DATABASE ${name}`);
      try {
        const database = await openDatabase({ engine: 'postgres', url: adminUrl(url, name) });
        try {
          await seedDemoLike(database);
          const env = { DATABASE_URL: adminUrl(url, name) };
          expect((await runCli(['audit', 'verify'], env)).code).toBe(0);
          const seq = await tamper(database);
          await expectVerifyCatches(() => runCli(['audit', 'verify'], env), seq);
        } finally {
          await database.close();
        }
      } finally {
        // pool.end() resolves before its sockets close; dropping with FORCE then would kill them mid-goodbye.
        for (let i = 0; i < 50; i++) {
          const [row] = await queryRows<{ n: number }>(
            admin.db,
            sql`select count(*)::int as n from pg_stat_activity where datname = ${name}`,
          );
          if (!row?.n) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await admin.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      }
    },
    120_000,
  );
});
