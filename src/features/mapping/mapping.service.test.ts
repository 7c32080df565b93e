import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../db/query.js';
import {
  addCompetency,
  addPotential,
  addSanction,
  addSkp,
  addTraining,
  createEmployee,
  createInstansi,
  createPosition,
  createUnit,
} from '../../../test/factories.js';
import { describeDb } from '../../../test/db-engines.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import { findRuns, findRunResults } from './mapping-runs.repository.js';
import { runMapping } from './mapping.service.js';

/**
 * Three people whose every score is worked out by hand from rules.md (Bawaan v1), plus one who is not
 * active. Year Y = 2025, reference date 31 Dec 2025.
 */
describeDb('mapping run', (database) => {
  const db = () => database().db;
  let ids: { a: string; b: string; c: string; d: string };

  beforeAll(async () => {
    const inst = await createInstansi(db(), 'uji');
    const u = await createUnit(db(), inst.id);
    // A — Administrator, S1, in position since 2022 (4 years → 25). SKP 2025 SANGAT_BAIK (100), 2024 BAIK (80):
    // performance 90 → DI_ATAS_EKSPEKTASI (cut-off 90, at the value). K: all 9 at level 3 = standard 3 → 100.
    // P: total 80. R: education 25 + 20 JP → 25 + experience 25 + no sanction 25 = 100.
    // Potential 0.4·100 + 0.4·80 + 0.2·100 = 92 → TINGGI → box 9.
    const a = await createEmployee(db(), inst.id, {
      jenjang: 'ADMINISTRATOR',
      pendidikan: 'S1',
      tmtJabatan: '2022-01-01',
      unitId: u.id,
    });
    await addSkp(db(), a, 2025, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI');
    await addSkp(db(), a, 2024, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    await addCompetency(db(), a, '2024-05-10', 3);
    await addPotential(db(), a, '2024-05-10', { total: 80 });
    await addTraining(db(), a, 12, '2025-03-01', '2025-03-05');
    await addTraining(db(), a, 8, '2024-12-20', '2025-01-10'); // ended in 2025: counts for 2025
    // B — nothing but the employee record: not mapped, with all three data reasons at once.
    const b = await createEmployee(db(), inst.id, { jenjang: 'PELAKSANA', pendidikan: 'SMA', unitId: u.id });
    // C — Pengawas, D3 (= minimum D3 → 25), in position since 1 Jan 2025 (11 months → 0.9167 y → 11.4583),
    // SKP 2025 BAIK only → 80 → SESUAI. K: all 9 at 1.5 vs standard 2 → 13.5/18 = 75. P: dims all 3.5 → 70.
    // Training 10 JP → 12.5. A light sanction in 2024 → 15. R = 25 + 12.5 + 11.4583 + 15 = 63.9583.
    // Potential 0.4·75 + 0.4·70 + 0.2·63.9583 = 70.7917 → MENENGAH → box 5.
    const pos = await createPosition(db(), inst.id, u.id, { kode: 'PGW-1', jenjang: 'PENGAWAS' });
    const c = await createEmployee(db(), inst.id, {
      jenjang: 'PENGAWAS',
      pendidikan: 'D3',
      tmtJabatan: '2025-01-01',
      unitId: u.id,
      positionId: pos.id,
    });
    await addSkp(db(), c, 2025, 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI');
    await addCompetency(db(), c, '2023-01-01', 1.5);
    await addCompetency(db(), c, '2022-12-31', 5); // dated on 31 Dec Y−3: outside the window
    await addPotential(db(), c, '2025-02-01', { dims: 3.5 });
    await addTraining(db(), c, 10, '2025-06-01');
    await addSanction(db(), c, 'RINGAN', '2024-08-01');
    // D — retired: left out of the run.
    const d = await createEmployee(db(), inst.id, { kedudukan: 'Pensiun', unitId: u.id });
    await addSkp(db(), d, 2025, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    ids = { a: a.id, b: b.id, c: c.id, d: d.id };
  });

  it('computes every component exactly as rules.md defines and stores it', async () => {
    const out = await runMapping(db(), { instansiKode: 'uji', periode: 2025, actor: 'test', publish: true });
    expect(out.ruleSet).toBe('bawaan@1');
    expect(out.summary).toMatchObject({ total: 3, mapped: 2, notMapped: 1, inactiveExcluded: 1 });
    expect(out.summary.perBox).toMatchObject({ 9: 1, 5: 1 });
    expect(out.summary.perReason).toEqual({
      SKP_TAHUN_BERJALAN_TIDAK_ADA: 1,
      ASESMEN_KOMPETENSI_TIDAK_ADA: 1,
      ASESMEN_POTENSI_TIDAK_ADA: 1,
    });

    const rows = await findRunResults(db(), (await findRuns(db(), 1))[0]!.instansiId, out.runId);
    const by = new Map(rows.map((r) => [r.employee_id, r]));
    expect(by.has(ids.d)).toBe(false);

    const a = by.get(ids.a)!;
    expect(a).toMatchObject({
      status: 'DIPETAKAN',
      box: 9,
      predikat: 'SANGAT_BAIK',
      performance_level: 'DI_ATAS_EKSPEKTASI',
    });
    expect(a.performance_score).toBeCloseTo(90, 10);
    expect(a.competency_score).toBeCloseTo(100, 10);
    expect(a.potential_assessment_score).toBeCloseTo(80, 10);
    expect(a.track_record_score).toBeCloseTo(100, 10);
    expect(a.potential_score).toBeCloseTo(92, 10);
    expect(a.potential_level).toBe('TINGGI');
    expect(a).toMatchObject({ skp_years: '2025,2024', skp_predikat: 'SANGAT_BAIK,BAIK', training_jp: 20 });

    const b = by.get(ids.b)!;
    expect(b.status).toBe('TIDAK_DIPETAKAN');
    expect(b.box).toBeNull();
    expect(b.reasons).toEqual([
      'SKP_TAHUN_BERJALAN_TIDAK_ADA',
      'ASESMEN_KOMPETENSI_TIDAK_ADA',
      'ASESMEN_POTENSI_TIDAK_ADA',
    ]);

    const c = by.get(ids.c)!;
    expect(c).toMatchObject({
      status: 'DIPETAKAN',
      box: 5,
      predikat: 'BAIK',
      performance_level: 'SESUAI_EKSPEKTASI',
    });
    expect(c.performance_score).toBeCloseTo(80, 10);
    expect(c.competency_score).toBeCloseTo(75, 10);
    expect(c.potential_assessment_score).toBeCloseTo(70, 10);
    expect(c.track_record_score).toBeCloseTo(25 + 12.5 + 25 * (11 / 12 / 2) + 15, 10);
    expect(c.potential_score).toBeCloseTo(
      0.4 * 75 + 0.4 * 70 + 0.2 * (25 + 12.5 + 25 * (11 / 12 / 2) + 15),
      10,
    );
    expect(c.potential_level).toBe('MENENGAH');
    expect(c).toMatchObject({
      competency_assessment_date: '2023-01-01',
      standard_source: 'JENJANG',
      potential_dimensions_used: 8,
      sanctions_ringan: 1,
    });
  });

  it('publishing again supersedes the earlier run and keeps both; the audit chain holds', async () => {
    const second = await runMapping(db(), {
      instansiKode: 'uji',
      periode: 2025,
      actor: 'test',
      publish: true,
    });
    expect(second.supersededRunIds).toHaveLength(1);
    const statuses = await queryRows<{ status: string; n: number }>(
      db(),
      sql`select status, count(*)::int as n from mapping_run group by status order by status`,
    );
    expect(statuses).toEqual([
      { status: 'PUBLISHED', n: 1 },
      { status: 'SUPERSEDED', n: 1 },
    ]);
    const draft = await runMapping(db(), { instansiKode: 'uji', periode: 2025, actor: 'test' });
    expect(draft.published).toBe(false);
    const verify = await verifyAuditChain(db());
    expect(verify).toMatchObject({ ok: true });
  });

  it('names an unknown instansi or rule set in Indonesian', async () => {
    await expect(runMapping(db(), { instansiKode: 'tidakada', periode: 2025, actor: 't' })).rejects.toThrow(
      'Instansi "tidakada" tidak ditemukan',
    );
    await expect(
      runMapping(db(), { instansiKode: 'uji', periode: 2025, aturan: 'entah', actor: 't' }),
    ).rejects.toThrow('Aturan pemetaan "entah"');
  });
});
