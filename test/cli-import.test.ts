import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { queryRows } from '../src/db/query.js';
import { runCli, spawnCli, tempDataDir } from './cli-helpers.js';
import { PEGAWAI_HEADER, csvText, pegawaiRow, tempDir, writeCsv, writeXlsx } from './import-files.js';

const files = tempDir();
const at = (name: string) => path.join(files, name);

describe('talenta import on the embedded database', () => {
  const dir = tempDataDir();
  const cli = (...args: string[]) => runCli([...args, '--data-dir', dir]);

  beforeAll(async () => {
    expect((await cli('instansi', 'add', 'uji', 'Kabupaten Uji')).code).toBe(0);
    writeCsv(at('ok.csv'), [PEGAWAI_HEADER, pegawaiRow(1), pegawaiRow(2)], { delimiter: ';', bom: true });
    const bad = [PEGAWAI_HEADER, pegawaiRow(3), pegawaiRow(4)];
    bad[2]![2] = '31-02-1985';
    writeCsv(at('bad.csv'), bad);
  });

  it('exits 0 when every row is written, and says what happened', async () => {
    const r = await cli('import', 'pegawai', at('ok.csv'), '--instansi', 'uji');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '2 baris dibaca · 2 baru · 0 diperbarui · 0 tidak berubah · 0 tidak valid · 0 peringatan',
    );
    const again = await cli('import', 'pegawai', at('ok.csv'), '--instansi', 'uji', '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      rowsRead: 2,
      unchanged: 2,
      written: true,
      format: 'csv',
    });
  });

  it('exits 1 on an invalid row, naming it, writing nothing; --skip-invalid writes the rest but still exits 1', async () => {
    const r = await cli(
      'import',
      'pegawai',
      at('bad.csv'),
      '--instansi',
      'uji',
      '--errors',
      at('kesalahan.csv'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '✗ Baris 3, kolom tglLahir: "31-02-1985" bukan tanggal yang ada. Tulis DD-MM-YYYY, mis. 28-02-1985.',
    );
    expect(r.stdout).toContain('Tidak ada yang disimpan: 1 baris tidak valid.');
    expect(readFileSync(at('kesalahan.csv'), 'utf8')).toContain('kesalahan');
    const dry = await cli('import', 'pegawai', at('bad.csv'), '--instansi', 'uji', '--dry-run', '--json');
    expect(JSON.parse(dry.stdout)).toMatchObject({ created: 1, invalid: 1, dryRun: true, written: false });
    const skip = await cli('import', 'pegawai', at('bad.csv'), '--instansi', 'uji', '--skip-invalid');
    expect(skip.code).toBe(1);
    expect(skip.stdout).toContain('1 baru');
    expect(skip.stdout).toContain('Baris yang valid disimpan; 1 baris tidak valid dilewati.');
  });

  it.each([
    ['a truncated XLSX', 'terpotong.xlsx', /bukan XLSX yang utuh \(terpotong atau rusak/],
    ['binary garbage', 'sampah.csv', /bukan berkas teks/],
    [
      'a 10 MB single line',
      'satu-baris.csv',
      /Baris pertama berkas satu-baris\.csv lebih dari 1\.000\.000 karakter/,
    ],
    [
      'the wrong sheet',
      'lembar.xlsx',
      /\(XLSX, lembar "Petunjuk"\) tidak memuat kolom wajib nipBaru, nama, jabatanNama/,
    ],
    ['a missing file', 'tidak-ada.csv', /tidak bisa dibaca: tidak ditemukan/],
  ])('exits 2 on %s with a clear message and no stack', async (_label, name, message) => {
    await writeXlsx(at('utuh.xlsx'), [
      { name: 'pegawai', rows: [PEGAWAI_HEADER, ...Array.from({ length: 300 }, (_, i) => pegawaiRow(i))] },
    ]);
    const whole = readFileSync(at('utuh.xlsx'));
    writeFileSync(at('terpotong.xlsx'), whole.subarray(0, whole.length - 200));
    writeFileSync(
      at('sampah.csv'),
      Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 131 + 7) % 256)),
    );
    writeFileSync(at('satu-baris.csv'), 'nipBaru,'.repeat(1_310_720));
    await writeXlsx(at('lembar.xlsx'), [
      { name: 'Petunjuk', rows: [['Isi data pegawai di lembar Data']] },
      { name: 'Data', rows: [PEGAWAI_HEADER, pegawaiRow(9)] },
    ]);
    const r = await cli('import', 'pegawai', at(name), '--instansi', 'uji');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown kind, listing the kinds', async () => {
    const r = await cli('import', 'pegawi', at('ok.csv'), '--instansi', 'uji');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'Jenis impor: unor, pegawai, riwayat-jabatan, jabatan, skp, kompetensi, potensi, hukdis, diklat.',
    );
  });

  it('exports pegawai in the import columns, and the export imports back unchanged', async () => {
    const out = at('ekspor.xlsx');
    const e = await cli('export', 'pegawai', '--instansi', 'uji', '--format', 'xlsx', '--out', out);
    expect(e.code).toBe(0);
    const r = await cli('import', 'pegawai', out, '--instansi', 'uji', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ rowsRead: 3, unchanged: 3, format: 'xlsx' });
  });

  it('reports data quality per unit', async () => {
    const r = await cli('kualitas-data', '--instansi', 'uji', '--periode', '2025', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      periode: 2025,
      total: { pegawaiAktif: 3, tidakDapatDipetakan: 3, perMasalah: { SKP_TAHUN_BERJALAN_TIDAK_ADA: 3 } },
    });
  });
});

describe('an import killed midway', () => {
  it('leaves nothing of the file written, and the folder opens again', async () => {
    const dir = tempDataDir();
    expect((await runCli(['instansi', 'add', 'uji', 'Kabupaten Uji', '--data-dir', dir])).code).toBe(0);
    const file = at('besar.csv');
    const out = createWriteStream(file);
    out.write(csvText([PEGAWAI_HEADER]));
    for (let i = 0; i < 60_000; i++) out.write(csvText([pegawaiRow(10_000 + i)]));
    out.end();
    await once(out, 'close');

    const child = spawnCli(['import', 'pegawai', file, '--instansi', 'uji', '--data-dir', dir]);
    // Progress lines come every few seconds on a pipe; the second one is after batches were written.
    const rows = await new Promise<number>((resolve, reject) => {
      let seen = '';
      child.stderr?.on('data', (d: Buffer) => {
        seen += d.toString();
        const counts = [...seen.matchAll(/Impor pegawai: \d+\/\d+ ([\d.]+) baris/g)].map((m) =>
          Number(m[1]!.replace(/\./g, '')),
        );
        const last = counts.at(-1) ?? 0;
        if (counts.length >= 2 && last > 4_000) resolve(last);
      });
      child.on('exit', (code) =>
        reject(new Error(`import ended (${code}) before it could be killed: ${seen}`)),
      );
    });
    expect(rows).toBeGreaterThan(4_000);
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(existsSync(path.join(dir, 'talenta.lock'))).toBe(true);

    const database = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      expect(await queryRows(database.db, 'select count(*)::int as n from employee')).toEqual([{ n: 0 }]);
      expect(
        await queryRows(database.db, `select count(*)::int as n from audit_log where action like 'import.%'`),
      ).toEqual([{ n: 0 }]);
    } finally {
      await database.close();
    }
    const list = await runCli(['instansi', 'list', '--json', '--data-dir', dir]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject([{ kode: 'uji', jumlahPegawai: 0 }]);
    const verify = await runCli(['audit', 'verify', '--data-dir', dir]);
    expect(verify.code).toBe(0);
  }, 180_000);
});
