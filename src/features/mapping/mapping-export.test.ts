import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import {
  addCompetency,
  addPotential,
  addSkp,
  addTraining,
  createEmployee,
  createInstansi,
  createUnit,
} from '../../../test/factories.js';
import { describeDb } from '../../../test/db-engines.js';
import { writeTableToFile } from '../exports/table-writer.js';
import { buildMappingExport } from './mapping-export.js';
import { runMapping } from './mapping.service.js';

describeDb('mapping export', (database) => {
  const db = () => database().db;
  let nip: { mapped: string; notMapped: string };

  beforeAll(async () => {
    const inst = await createInstansi(db(), 'ekspor');
    const u = await createUnit(db(), inst.id, '=HYPERLINK("x")');
    // Box 8: SKP BAIK (80 → SESUAI); K 100, P 90, R 100 → 0.4·100 + 0.4·90 + 0.2·100 = 96 → TINGGI.
    const a = await createEmployee(db(), inst.id, {
      jenjang: 'ADMINISTRATOR',
      tmtJabatan: '2020-01-01',
      unitId: u.id,
      nama: '@Budi',
    });
    await addSkp(db(), a, 2025, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    await addCompetency(db(), a, '2025-01-15', 3);
    await addPotential(db(), a, '2025-01-15', { total: 90 });
    await addTraining(db(), a, 24, '2025-02-01', '2025-02-03');
    const b = await createEmployee(db(), inst.id, { unitId: u.id });
    nip = { mapped: a.nip, notMapped: b.nip };
    await runMapping(db(), { instansiKode: 'ekspor', periode: 2025, actor: 'test', publish: true });
  });

  it('writes the columns of import-format.md §4 with values rounded to two decimals, in every format', async () => {
    const table = await buildMappingExport(db(), { instansiKode: 'ekspor', periode: 2025, format: 'csv' });
    const dir = os.tmpdir();
    const csvFile = path.join(dir, `pemetaan-${process.pid}.csv`);
    await writeTableToFile(table, 'csv', csvFile);
    const csvRows: Record<string, string>[] = parse(readFileSync(csvFile, 'utf8'), {
      columns: true,
      bom: true,
    });
    const mapped = csvRows.find((r) => r.nipBaru === nip.mapped)!;
    expect(mapped).toMatchObject({
      nama: "'@Budi",
      unorNama: `'=HYPERLINK("x")`,
      jenjang: 'ADMINISTRATOR',
      predikatKinerja: 'BAIK',
      nilaiKinerja: '80',
      levelKinerja: 'SESUAI_EKSPEKTASI',
      nilaiKompetensi: '100',
      nilaiPotensi: '90',
      nilaiRekamJejak: '100',
      nilaiPotensial: '96',
      levelPotensial: 'TINGGI',
      kotak: '8',
      status: 'DIPETAKAN',
      alasan: '',
    });
    expect(mapped.rekomendasi).toMatch(/dipertahankan/i);
    const notMapped = csvRows.find((r) => r.nipBaru === nip.notMapped)!;
    expect(notMapped).toMatchObject({ status: 'TIDAK_DIPETAKAN', kotak: '' });
    expect(notMapped.alasan!.split(';')).toContain('SKP_TAHUN_BERJALAN_TIDAK_ADA');

    const jsonFile = path.join(dir, `pemetaan-${process.pid}.json`);
    await writeTableToFile(table, 'json', jsonFile);
    const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as Record<string, unknown>[];
    expect(json.find((r) => r.nipBaru === nip.mapped)).toMatchObject({
      nilaiPotensial: 96,
      kotak: 8,
      nama: '@Budi',
    });

    const xlsxFile = path.join(dir, `pemetaan-${process.pid}.xlsx`);
    await writeTableToFile(table, 'xlsx', xlsxFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    const sheet = workbook.getWorksheet('pemetaan')!;
    expect(sheet.getRow(1).values).toContain('nilaiPotensial');
    const values = [2, 3].map((i) => sheet.getRow(i).values as unknown[]);
    const row = values.find((v) => v.includes(nip.mapped))!;
    expect(row).toContain(96);
    expect(row).toContain("'@Budi");
  });

  it('gives the SIMATA shape for mapped people only', async () => {
    const table = await buildMappingExport(db(), { instansiKode: 'ekspor', periode: 2025, format: 'simata' });
    expect(table.columns).toEqual(['nipBaru', 'box', 'sumbu_x', 'sumbu_y', 'total_sumbu']);
    expect([...table.rows]).toEqual([[nip.mapped, 8, 96, 80, 176]]);
  });

  it('says how to publish when a year has no official mapping', async () => {
    await expect(
      buildMappingExport(db(), { instansiKode: 'ekspor', periode: 2024, format: 'csv' }),
    ).rejects.toThrow('Belum ada pemetaan resmi ekspor untuk 2024');
  });
});
