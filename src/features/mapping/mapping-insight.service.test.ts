import { beforeAll, expect, it } from 'vitest';
import { BAWAAN_V1 } from '../../domain/rule-set.js';
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
import { copyRuleSet, publishRuleSet, updateDraft } from '../rule-sets/rule-sets.service.js';
import { compareRuns, explainEmployee, simulateRuleSet } from './mapping-insight.service.js';
import { runMapping } from './mapping.service.js';

describeDb('explanation, movement and what-if', (database) => {
  const db = () => database().db;
  let instansiId: number;
  let nip: { riser: string; steady: string };

  beforeAll(async () => {
    const inst = await createInstansi(db(), 'wawasan');
    instansiId = inst.id;
    const u = await createUnit(db(), inst.id);
    // Riser: 2024 BAIK+BAIK → 80 (SESUAI); 2025 SANGAT_BAIK+BAIK → 90 (DI_ATAS). K 100, P 70, R 100 →
    // potential 0.4·100 + 0.4·70 + 0.2·100 = 88 → TINGGI. Box 8 in 2024, box 9 in 2025.
    const riser = await createEmployee(db(), inst.id, {
      jenjang: 'ADMINISTRATOR',
      tmtJabatan: '2019-01-01',
      unitId: u.id,
    });
    await addSkp(db(), riser, 2023, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    await addSkp(db(), riser, 2024, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    await addSkp(db(), riser, 2025, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI');
    await addCompetency(db(), riser, '2023-06-01', 3);
    await addPotential(db(), riser, '2023-06-01', { total: 70 });
    await addTraining(db(), riser, 20, '2024-03-01', '2024-03-03');
    await addTraining(db(), riser, 20, '2025-03-01', '2025-03-03');
    // Steady: BAIK both years → 80; K 100, P 60, R 100 → 0.4·100 + 0.4·60 + 0.2·100 = 84 → MENENGAH, box 5,
    // 1 point below the TINGGI cut-off of 85.
    const steady = await createEmployee(db(), inst.id, {
      jenjang: 'ADMINISTRATOR',
      tmtJabatan: '2019-01-01',
      unitId: u.id,
    });
    for (const y of [2023, 2024, 2025])
      await addSkp(db(), steady, y, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    await addCompetency(db(), steady, '2023-06-01', 3);
    await addPotential(db(), steady, '2023-06-01', { total: 60 });
    await addTraining(db(), steady, 20, '2024-03-01', '2024-03-03');
    await addTraining(db(), steady, 20, '2025-03-01', '2025-03-03');
    nip = { riser: riser.nip, steady: steady.nip };
    await runMapping(db(), { instansiKode: 'wawasan', periode: 2024, actor: 't', publish: true });
    await runMapping(db(), { instansiKode: 'wawasan', periode: 2025, actor: 't', publish: true });
  });

  it('explains a box with its components, cut-offs and the distance to the next box', async () => {
    const { explanation: e } = await explainEmployee(db(), 'wawasan', nip.steady, { periode: 2025 });
    expect(e.box).toBe(5);
    expect(e.potential.score).toBeCloseTo(84, 10);
    expect(e.potential.components.map((c) => [c.key, c.weight])).toEqual([
      ['competency', 0.4],
      ['potentialAssessment', 0.4],
      ['trackRecord', 0.2],
    ]);
    expect(e.potential.cutOffs).toEqual({ high: 85, medium: 70 });
    const toEight = e.nextSteps.find((s) => s.targetBox === 8);
    expect(toEight).toMatchObject({ axis: 'POTENSIAL', cutOff: 85 });
    expect(toEight!.gap).toBeCloseTo(1, 10);
  });

  it('compares two published years box by box', async () => {
    const m = await compareRuns(db(), 'wawasan', { periode: 2024 }, { periode: 2025 });
    expect(m.matrix['8']!['9']).toBe(1);
    expect(m.matrix['5']!['5']).toBe(1);
    expect(m).toMatchObject({ up: 1, down: 0, same: 1 });
    expect(m.movers).toEqual([
      expect.objectContaining({ nip: nip.riser, fromBox: 8, toBox: 9, direction: 'NAIK' }),
    ]);
  });

  it('what-if: a lower TINGGI cut-off moves exactly the person just below it, and writes nothing', async () => {
    await copyRuleSet(db(), instansiId, { from: 'bawaan', kode: 'longgar', nama: 'Batas potensial 80' }, 't');
    await updateDraft(
      db(),
      instansiId,
      'longgar@1',
      { ...BAWAAN_V1, potentialCutOffs: { high: 80, medium: 70 } },
      't',
    );
    const result = await simulateRuleSet(db(), 'wawasan', { periode: 2025, aturan: 'longgar@1' });
    expect(result).toMatchObject({ baseline: 'bawaan@1', candidate: 'longgar@1', evaluated: 2, changed: 1 });
    expect(result.transitions).toEqual({ '5->8': 1 });
    expect(result.changes).toEqual([{ nip: nip.steady, fromBox: 5, toBox: 8 }]);
    const again = await explainEmployee(db(), 'wawasan', nip.steady, { periode: 2025 });
    expect(again.explanation.box).toBe(5);
  });

  it('refuses an invalid draft and any change to a published version', async () => {
    await expect(
      updateDraft(
        db(),
        instansiId,
        'longgar@1',
        { ...BAWAAN_V1, weights: { competency: 0.5, potential: 0.4, trackRecord: 0.2 } },
        't',
      ),
    ).rejects.toThrow(/Aturan tidak valid/);
    await publishRuleSet(db(), instansiId, 'longgar@1', 't');
    await expect(updateDraft(db(), instansiId, 'longgar@1', BAWAAN_V1, 't')).rejects.toThrow(/sudah terbit/);
    await expect(
      db().execute(`update rule_set_version set content_hash = 'x' where status = 'PUBLISHED'`),
    ).rejects.toThrow();
  });
});
