import { describe, expect, it } from 'vitest';
import { uniformStandard } from '../competency.js';
import type { Box } from '../nine-box.js';
import type { SuccessionPerson } from './candidate.js';
import {
  benchStrength,
  buildSlate,
  compareCandidates,
  readinessOf,
  targetJpm,
  type RankedCandidate,
} from './slate.js';
import { DEFAULT_SUCCESSION_SETTINGS } from './rules.js';
import { context, person, target } from './succession.fixture.js';

const cand = (over: Partial<RankedCandidate>): RankedCandidate => ({
  employeeId: 'x',
  instansiId: null,
  nip: '197001012000011001',
  box: 9,
  targetJpm: 90,
  potentialScore: 80,
  performanceScore: 80,
  readiness: 'SIAP_SEKARANG',
  ...over,
});

describe('ranking, best first (rules.md §6): box tier, target JPM, potential, performance, NIP', () => {
  it.each([
    { key: 'box 9 before 8', a: { box: 9 as Box, targetJpm: 50 }, b: { box: 8 as Box, targetJpm: 100 } },
    { key: 'box 8 before 7', a: { box: 8 as Box }, b: { box: 7 as Box, targetJpm: 100 } },
    { key: 'box 7 before 6', a: { box: 7 as Box, targetJpm: 10 }, b: { box: 6 as Box, targetJpm: 100 } },
    {
      key: 'boxes below 7 are one tier: JPM decides',
      a: { box: 1 as Box, targetJpm: 91 },
      b: { box: 6 as Box, targetJpm: 90 },
    },
    { key: 'target JPM', a: { targetJpm: 90.01 }, b: { targetJpm: 90 } },
    { key: 'potential score', a: { potentialScore: 80.5 }, b: { potentialScore: 80.4 } },
    { key: 'performance score', a: { performanceScore: 90 }, b: { performanceScore: 80 } },
    { key: 'NIP ascending', a: { nip: '197001012000011001' }, b: { nip: '197001012000011002' } },
  ])('$key', ({ a, b }) => {
    expect(compareCandidates(cand(a), cand(b))).toBeLessThan(0);
    expect(compareCandidates(cand(b), cand(a))).toBeGreaterThan(0);
  });
});

describe('readiness (rules.md §6)', () => {
  it.each([
    { box: 7, jpm: 90, expected: 'SIAP_SEKARANG' },
    { box: 9, jpm: 89.999, expected: 'SIAP_1_2_TAHUN' },
    { box: 6, jpm: 100, expected: 'SIAP_1_2_TAHUN' },
    { box: 5, jpm: 78, expected: 'SIAP_1_2_TAHUN' },
    { box: 9, jpm: 77.999, expected: 'SIAP_3_TAHUN_LEBIH' },
  ])('box $box, JPM $jpm → $expected', ({ box, jpm, expected }) =>
    expect(readinessOf(box, jpm, DEFAULT_SUCCESSION_SETTINGS)).toBe(expected),
  );
});

describe('target JPM = K formula with the target standard (rules.md §2, §6)', () => {
  it.each([
    { achieved: 4, standard: 4, expected: 100 },
    { achieved: 3, standard: 4, expected: 75 },
    { achieved: 5, standard: 4, expected: 100 },
    { achieved: 3.6, standard: 4, expected: 90 },
  ])('$achieved vs $standard → $expected', ({ achieved, standard, expected }) =>
    expect(targetJpm(uniformStandard(achieved), uniformStandard(standard))).toBeCloseTo(expected, 10),
  );
});

const mapped = (i: number, box: Box, level: number, over: Partial<SuccessionPerson> = {}) =>
  person({
    employeeId: `e-${i}`,
    nip: `19750615200003100${i}`,
    mapping: { box, potentialScore: 80, performanceScore: 80, competencies: uniformStandard(level) },
    ...over,
  });

describe('slate (rules.md §6): top k, emergency successor, coverage, reason counts', () => {
  it('keeps the top 5, the emergency successor is the best ready-now one in it', () => {
    const people = [
      mapped(1, 8, 3.2), // JPM 80 → 1–2 years
      mapped(2, 9, 3.2), // box 9 first, but JPM 80 → not ready now
      mapped(3, 7, 3.6), // ready now (JPM 90)
      mapped(4, 5, 4),
      mapped(5, 4, 4),
      mapped(6, 6, 4),
      mapped(7, 9, 4, { kedudukan: 'Pensiun' }),
      mapped(8, 9, 4, { pendidikan: 'D3', golongan: 'III/a' }),
    ];
    const slate = buildSlate(target(), people, context());
    expect(slate.entries.map((e) => e.employeeId)).toEqual(['e-2', 'e-1', 'e-3', 'e-4', 'e-5']);
    expect(slate.entries.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(slate.emergencyEmployeeId).toBe('e-3');
    expect(slate.eligibleCount).toBe(6);
    expect(slate.readyNowCount).toBe(1);
    expect(slate.covered).toBe(true);
    expect(slate.ineligibleCount).toBe(2);
    expect(slate.reasonCounts).toMatchObject({
      TIDAK_AKTIF: 1,
      PANGKAT_KURANG: 1,
      PENDIDIKAN_KURANG: 1,
      HUKDIS: 0,
    });
  });
  it('slate size is configurable; no one ready now → no emergency successor, not covered', () => {
    const people = [mapped(1, 9, 3.2), mapped(2, 8, 3.2), mapped(3, 7, 3.2)];
    const slate = buildSlate(target(), people, context({ slateSize: 2 }));
    expect(slate.entries).toHaveLength(2);
    expect(slate.emergencyEmployeeId).toBeNull();
    expect(slate.covered).toBe(false);
  });
  it.each([
    { eligible: 3, coverage: 3, covered: true },
    { eligible: 2, coverage: 3, covered: false },
    { eligible: 2, coverage: 2, covered: true },
  ])(
    '$eligible eligible with one ready now, coverage threshold $coverage → $covered',
    ({ eligible, coverage, covered }) => {
      const people = Array.from({ length: eligible }, (_, i) => mapped(i + 1, 9, 4));
      expect(buildSlate(target(), people, context({ coverageMinEligible: coverage })).covered).toBe(covered);
    },
  );
  it('bench strength sums coverage and depth', () => {
    const a = buildSlate(target(), [mapped(1, 9, 4), mapped(2, 9, 4), mapped(3, 9, 4)], context());
    const b = buildSlate(target({ positionId: 'p-2' }), [], context());
    expect(benchStrength([a, b])).toEqual({
      keyPositions: 2,
      covered: 1,
      coveredPercent: 50,
      withEmergencySuccessor: 1,
      withoutCandidates: 1,
      meanEligible: 1.5,
      readyNowPerPosition: 1.5,
      distinctCandidates: 3,
    });
  });
});
