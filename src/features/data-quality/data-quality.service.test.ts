import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../../test/db-engines.js';
import {
  addCompetency,
  addPotential,
  addSkp,
  createEmployee,
  createInstansi,
  createUnit,
} from '../../../test/factories.js';
import { buildDataQualityReport } from './data-quality.service.js';

/** Year Y = 2025: assessments count when dated 2023-01-01 … 2025-12-31 (rules.md §2). */
describeDb('data-quality report', (database) => {
  const db = () => database().db;
  let unitPath: string;

  beforeAll(async () => {
    const inst = await createInstansi(db(), 'uji');
    const dinas = await createUnit(db(), inst.id, 'Dinas');
    const bidang = await createUnit(db(), inst.id, 'Bidang', dinas);
    unitPath = bidang.path;
    // Complete: mappable, no warning.
    const ok = await createEmployee(db(), inst.id, { unitId: dinas.id });
    await addSkp(db(), ok, 2025, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    await addCompetency(db(), ok, '2024-01-01', 3);
    await addPotential(db(), ok, '2024-01-01', { total: 70 });
    // No SKP 2025, competency expired (2022), potential never, education unknown, birth date disagrees with NIP,
    // and a 2024 SKP whose official predikat disagrees with its ratings.
    const poor = await createEmployee(db(), inst.id, { unitId: bidang.id, pendidikan: null });
    await db().execute(`update employee set tgl_lahir = '1990-01-01' where id = '${poor.id}'`);
    await addSkp(db(), poor, 2024, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BAIK');
    await addCompetency(db(), poor, '2022-12-31', 3);
    // A potential assessment without any score does not count.
    await db().execute(
      `insert into potential_assessment (instansi_id, employee_id, tanggal) values (${inst.id}, '${poor.id}', '2024-01-01')`,
    );
    // Retired: not checked. Without a unit: reported under "(tanpa unit)".
    await createEmployee(db(), inst.id, { unitId: bidang.id, kedudukan: 'Pensiun' });
    const loose = await createEmployee(db(), inst.id, { sex: 'P' });
    await db().execute(`update employee set jenis_kelamin = 'L' where id = '${loose.id}'`);
  });

  it('counts per unit who cannot be mapped and why, and the doubtful data', async () => {
    const r = await buildDataQualityReport(db(), { instansiKode: 'uji', periode: 2025, detail: true });
    expect(r.total).toMatchObject({ pegawaiAktif: 3, tidakAktif: 1, tidakDapatDipetakan: 2 });
    expect(r.unit.map((u) => [u.nama, u.pegawaiAktif, u.tidakDapatDipetakan])).toEqual([
      ['Dinas', 1, 0],
      ['Bidang', 1, 1],
      ['(tanpa unit)', 1, 1],
    ]);
    const bidang = r.unit[1]!;
    expect(Object.entries(bidang.perMasalah).filter(([, n]) => n > 0)).toEqual([
      ['SKP_TAHUN_BERJALAN_TIDAK_ADA', 1],
      ['ASESMEN_KOMPETENSI_KEDALUWARSA', 1],
      ['ASESMEN_POTENSI_TIDAK_ADA', 1],
      ['PENDIDIKAN_TIDAK_DIKETAHUI', 1],
      ['NIP_TIDAK_SESUAI_TGL_LAHIR', 1],
      ['PREDIKAT_TIDAK_SESUAI_RATING', 1],
    ]);
    expect(r.unit[2]?.perMasalah).toMatchObject({
      NIP_TIDAK_SESUAI_JENIS_KELAMIN: 1,
      ASESMEN_KOMPETENSI_TIDAK_ADA: 1,
    });
    expect(r.pegawai?.map((p) => [p.dapatDipetakan, p.masalah.length])).toEqual([
      [false, 6],
      [false, 4],
    ]);
  });

  it('narrows to a unit subtree', async () => {
    const r = await buildDataQualityReport(db(), { instansiKode: 'uji', periode: 2025, unitPath });
    expect(r.unit.map((u) => u.nama)).toEqual(['Bidang']);
    expect(r.pegawai).toBeUndefined();
  });
});
