import { describe, expect, it } from 'vitest';
import { JENJANG_CODES, type Education, type Jenjang } from '../codes.js';
import { COMPETENCY_KEYS, uniformStandard } from '../competency.js';
import type { Box } from '../nine-box.js';
import type { KeyPosition, SuccessionPerson } from './candidate.js';
import { computeSlates, digestPeople, evaluatePosition } from './slate-engine.js';
import { buildSlate } from './slate.js';
import { ineligibilityReasons } from './eligibility.js';
import { context } from './succession.fixture.js';

/** A small deterministic generator (mulberry32) so the comparison covers many shapes of person. */
function rng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, pick };
}

const pad = (n: number) => String(n).padStart(2, '0');

function generate(seed: number, count: number, positions: readonly KeyPosition[]) {
  const r = rng(seed);
  const levels: Jenjang[] = [...JENJANG_CODES];
  const ranks = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', null, 'x'];
  const edus: (Education | null)[] = ['SMA', 'D3', 'D4', 'S1', 'S2', null];
  const date = (from: number, to: number) =>
    `${from + Math.floor(r.next() * (to - from))}-${pad(1 + Math.floor(r.next() * 12))}-${pad(1 + Math.floor(r.next() * 28))}`;
  const people: SuccessionPerson[] = [];
  for (let i = 0; i < count; i++) {
    const pppk = r.next() < 0.1;
    const levelsAchieved = {} as Record<(typeof COMPETENCY_KEYS)[number], number>;
    for (const k of COMPETENCY_KEYS) levelsAchieved[k] = 1 + Math.round(r.next() * 40) / 10;
    people.push({
      employeeId: `e-${i}`,
      // Some people of another government (provincial pool): their instansi travels with them.
      ...(i % 11 === 0 ? { instansiId: 7 } : {}),
      // Some NIPs share their first digits so the NIP tie-break is exercised.
      nip: `19${70 + (i % 20)}0101200001100${String(i % 1000).padStart(3, '0')}`.slice(0, 18) + String(i),
      employmentType: pppk ? 'PPPK' : 'PNS',
      kedudukan: r.next() < 0.05 ? 'Pensiun' : 'Aktif',
      jenjang: r.pick(levels),
      golongan: pppk ? 'IX' : r.pick(ranks),
      pendidikan: r.pick(edus),
      birthDate: r.next() < 0.03 ? null : date(1962, 1995),
      positionId: r.next() < 0.05 ? r.pick(positions).positionId : null,
      tmtJabatan: r.next() < 0.03 ? null : date(2015, 2026),
      positionHistory: r.next() < 0.4 ? [{ jenjang: r.pick(levels), tmtJabatan: date(2008, 2022) }] : [],
      sanctions:
        r.next() < 0.1
          ? [
              {
                tingkat: r.pick(['RINGAN', 'SEDANG', 'BERAT'] as const),
                tanggalSk: date(2022, 2026),
                tmtMulai: null,
                tmtSelesai: r.next() < 0.5 ? date(2025, 2027) : null,
              },
            ]
          : [],
      mapping:
        r.next() < 0.1
          ? null
          : {
              // Few distinct scores so that ties reach the later ranking keys.
              box: (1 + Math.floor(r.next() * 9)) as Box,
              potentialScore: 60 + Math.floor(r.next() * 4) * 10,
              performanceScore: 60 + Math.floor(r.next() * 3) * 20,
              competencies: r.next() < 0.3 ? uniformStandard(3 + Math.floor(r.next() * 3)) : levelsAchieved,
            },
    });
  }
  return people;
}

const POSITIONS: KeyPosition[] = (
  ['JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'JPT_PRATAMA', 'FUNGSIONAL_AHLI_MADYA'] as const
).map((jenjang, i) => ({
  positionId: `p-${i}`,
  kode: `K-${i}`,
  jenjang,
  minGolongan: i === 4 ? 'IV/c' : null,
  minPendidikan: i === 4 ? 'S2' : null,
  standard: i === 1 ? { ...uniformStandard(4), integritas: 5 } : uniformStandard(2 + (i % 3)),
}));

describe('columnar slate engine equals the pure reference (rules.md §6)', () => {
  it.each([
    { seed: 1, settings: {} },
    { seed: 2, settings: { slateSize: 3, coverageMinEligible: 2 } },
    { seed: 3, settings: { pppkForJpt: true, slateSize: 8 } },
  ])('seed $seed, settings $settings', ({ seed, settings }) => {
    const people = generate(seed, 3000, POSITIONS);
    const ctx = context(settings);
    const expected = POSITIONS.map((p) => buildSlate(p, people, ctx));
    const engine = computeSlates(digestPeople(people, POSITIONS, ctx), POSITIONS, ctx);
    expect(engine).toEqual(expected);
    expect(expected.some((s) => s.entries.length > 0)).toBe(true);
  });
  it("every person's reasons equal the pure checks", () => {
    const people = generate(4, 500, POSITIONS);
    const ctx = context();
    const digested = digestPeople(people, POSITIONS, ctx);
    const byId = new Map(people.map((p) => [p.employeeId, p]));
    POSITIONS.forEach((p, pi) => {
      for (const row of evaluatePosition(digested, POSITIONS, pi, ctx)) {
        expect(row.reasons).toEqual(ineligibilityReasons(byId.get(digested.ids[row.index]!)!, p, ctx));
      }
    });
  });
});
