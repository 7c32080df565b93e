import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { adminUrl } from './db-engines.js';
import { runCli, spawnCli, stop, tempDataDir, waitForOutput } from './cli-helpers.js';

describe('talenta on the embedded database', () => {
  it('migrates an empty folder, adds instansi with their parent, and lists them', async () => {
    const dir = tempDataDir();
    const migrate = await runCli(['migrate', '--data-dir', dir]);
    expect(migrate.stderr).toBe('');
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toContain('Skema basis data mutakhir (pglite');
    expect(existsSync(path.join(dir, 'talenta.lock'))).toBe(false);

    expect(
      (
        await runCli([
          'instansi',
          'add',
          'kalteng',
          'Provinsi Kalimantan Tengah',
          '--jenis',
          'provinsi',
          '--data-dir',
          dir,
        ])
      ).code,
    ).toBe(0);
    const added = await runCli([
      'instansi',
      'add',
      'kapuas',
      'Kabupaten Kapuas',
      '--induk',
      'kalteng',
      '--data-dir',
      dir,
    ]);
    expect(added.code).toBe(0);

    const list = await runCli(['instansi', 'list', '--json', '--data-dir', dir]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([
      {
        kode: 'kalteng',
        nama: 'Provinsi Kalimantan Tengah',
        jenis: 'PROVINSI',
        indukKode: null,
        jumlahPegawai: 0,
      },
      {
        kode: 'kapuas',
        nama: 'Kabupaten Kapuas',
        jenis: 'KABUPATEN',
        indukKode: 'kalteng',
        jumlahPegawai: 0,
      },
    ]);

    const audit = await runCli(['audit', 'verify', '--data-dir', dir]);
    expect(audit.stdout).toContain('Log audit utuh: 2 entri');
    expect(audit.code).toBe(0);
  });

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    const dir = tempDataDir();
    const unknownParent = await runCli([
      'instansi',
      'add',
      'x1',
      'Kabupaten X',
      '--induk',
      'tidakada',
      '--data-dir',
      dir,
    ]);
    expect(unknownParent.code).toBe(1);
    expect(unknownParent.stderr).toContain('Instansi induk "tidakada" tidak ditemukan.');
    const badJenis = await runCli([
      'instansi',
      'add',
      'x2',
      'Kabupaten X',
      '--jenis',
      'desa',
      '--data-dir',
      dir,
    ]);
    expect(badJenis.code).toBe(1);
    expect(badJenis.stderr).toContain('Jenis instansi');
    const usage = await runCli(['instansi', 'tambah', '--data-dir', dir]);
    expect(usage.code).toBe(2);
  });

  it('a second serve on the same folder fails at once, and the first keeps serving', async () => {
    const dir = tempDataDir();
    const first = spawnCli(['serve', '--port', '0', '--no-demo', '--data-dir', dir]);
    try {
      const [, url] = await waitForOutput(first, /Talenta siap di (http:\/\/\S+) /);
      const second = await runCli(['serve', '--port', '0', '--no-demo', '--data-dir', dir]);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`sedang dipakai oleh proses Talenta lain (PID ${first.pid})`);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
    } finally {
      await stop(first);
    }
    // The lock went with the first process: the folder opens again, intact.
    const again = await runCli(['migrate', '--data-dir', dir]);
    expect(again.code).toBe(0);
  });
});

describe.runIf(inject('postgresUrl'))('talenta on a PostgreSQL server', () => {
  it('migrates an empty database and DATABASE_URL wins over --data-dir', async () => {
    const url = inject('postgresUrl');
    const name = `talenta_cli_${randomBytes(5).toString('hex')}`;
    const admin = await openDatabase({ engine: 'postgres', url, poolSize: 1 });
    await admin.db.execute(`CREATE DATABASE ${name}`);
    try {
      const dir = tempDataDir();
      const result = await runCli(['migrate', '--data-dir', dir], { DATABASE_URL: adminUrl(url, name) });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Skema basis data mutakhir (postgres');
      expect(existsSync(path.join(dir, 'talenta.lock'))).toBe(false);
      const twice = await runCli(['migrate'], { DATABASE_URL: adminUrl(url, name) });
      expect(twice.code).toBe(0);
    } finally {
      await admin.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    }
  });
});
