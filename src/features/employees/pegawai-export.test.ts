import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import { createInstansi } from '../../../test/factories.js';
import { PEGAWAI_HEADER, importRows, nipOf, pegawaiRow, tempDir } from '../../../test/import-files.js';
import { writeTable } from '../exports/table-writer.js';
import { importFile } from '../imports/import.service.js';
import { PEGAWAI_COLUMNS } from '../imports/schemas/pegawai.schema.js';
import { buildPegawaiExport } from './pegawai-export.js';

describeDb('pegawai export', (database) => {
  const db = () => database().db;
  beforeAll(async () => {
    await createInstansi(db(), 'uji');
    await importRows(db(), 'unor', [
      ['id', 'namaUnor'],
      ['U1', 'Dinas'],
    ]);
    const risky = [...pegawaiRow(2)];
    risky[1] = '=HYPERLINK("http://x")';
    await importRows(db(), 'pegawai', [
      [...PEGAWAI_HEADER, 'unorId', 'gelarBelakang'],
      [...pegawaiRow(1), 'U1', 'S.E.'],
      [...risky, null, '-'],
      [
        nipOf(3),
        'Ani',
        null,
        'P',
        'PPPK',
        'Aktif',
        'IX',
        'Paket C',
        4,
        'Pengadministrasi',
        null,
        null,
        null,
        null,
      ],
    ]);
  });

  async function exportTo(format: 'csv' | 'xlsx' | 'json'): Promise<string> {
    const file = path.join(tempDir(), `pegawai.${format}`);
    const out = createWriteStream(file);
    const closed = once(out, 'close');
    await writeTable(await buildPegawaiExport(db(), 'uji'), format, out);
    await closed;
    return file;
  }

  it('writes one row per employee in the columns of the pegawai import, formula-safe', async () => {
    const text = readFileSync(await exportTo('csv'), 'utf8');
    const [header, ...lines] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header?.split(',')).toEqual(PEGAWAI_COLUMNS.map((c) => c.name));
    expect(lines).toHaveLength(3);
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain(`,'-,`);
    const json = JSON.parse(readFileSync(await exportTo('json'), 'utf8')) as Record<string, unknown>[];
    expect(json[0]).toMatchObject({
      nipBaru: nipOf(1),
      unorId: 'U1',
      unorNama: 'Dinas',
      jenjang: 'FUNGSIONAL_AHLI_MUDA',
      gelarBelakang: 'S.E.',
    });
    expect(json.find((r) => r.nipBaru === nipOf(3))).toMatchObject({
      pendidikanTerakhir: 'Paket C',
      golRuangAkhir: 'IX',
    });
  });

  it.each(['csv', 'xlsx', 'json'] as const)('re-imports from %s with every row unchanged', async (format) => {
    const file = await exportTo(format);
    const s = await importFile(db(), { kind: 'pegawai', file, instansiKode: 'uji', actor: 'uji' });
    expect(s).toMatchObject({ rowsRead: 3, created: 0, updated: 0, unchanged: 3, invalid: 0 });
  });
});
