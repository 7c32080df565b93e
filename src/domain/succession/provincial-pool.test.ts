import { describe, expect, it } from 'vitest';
import { uniformStandard } from '../competency.js';
import type { KeyPosition, SuccessionPerson } from './candidate.js';
import {
  computeSlatesWithPool,
  drawsOnProvincialPool,
  feedsProvincialPool,
  provincialPoolLevels,
} from './provincial-pool.js';
import { buildSlate } from './slate.js';
import { context, person, target } from './succession.fixture.js';

const KAB = 42;

/** The province's JPT Pratama and Administrator key positions. */
const JPT: KeyPosition = target({ positionId: 'p-jpt', kode: 'JPT-1' });
const ADM: KeyPosition = target({
  positionId: 'p-adm',
  kode: 'ADM-1',
  jenjang: 'ADMINISTRATOR',
  standard: uniformStandard(3),
});

/** An eligible Administrator of the province (box 8) and a better one of a kabupaten (box 9). */
const own = person({
  employeeId: 'own-1',
  nip: '197506152000031001',
  positionId: null,
  mapping: { box: 8, potentialScore: 80, performanceScore: 80, competencies: uniformStandard(4) },
});
/** A Pengawas of the province: a candidate for the Administrator post. */
const ownPengawas = person({
  employeeId: 'own-2',
  nip: '197506152000031002',
  jenjang: 'PENGAWAS',
  golongan: 'IV/a',
  tmtJabatan: '2018-01-01',
  positionId: null,
});
const kab = (over: Partial<SuccessionPerson>): SuccessionPerson =>
  person({
    employeeId: 'kab-1',
    nip: '198001012005011001',
    instansiId: KAB,
    positionId: 'kab-post',
    ...over,
  });

describe('which key positions draw on the provincial pool, and from which job levels (rules.md §6)', () => {
  it.each([
    { jenjang: 'JPT_UTAMA', draws: true },
    { jenjang: 'JPT_MADYA', draws: true },
    { jenjang: 'JPT_PRATAMA', draws: true },
    { jenjang: 'ADMINISTRATOR', draws: false },
    { jenjang: 'PENGAWAS', draws: false },
  ] as const)('$jenjang → $draws', ({ jenjang, draws }) =>
    expect(drawsOnProvincialPool(jenjang)).toBe(draws),
  );

  it.each([
    { levels: ['JPT_PRATAMA'], expected: ['ADMINISTRATOR', 'FUNGSIONAL_AHLI_MADYA', 'JPT_PRATAMA'] },
    {
      levels: ['JPT_PRATAMA', 'JPT_MADYA', 'ADMINISTRATOR'],
      expected: [
        'ADMINISTRATOR',
        'FUNGSIONAL_AHLI_MADYA',
        'FUNGSIONAL_AHLI_UTAMA',
        'JPT_MADYA',
        'JPT_PRATAMA',
      ],
    },
    { levels: ['ADMINISTRATOR', 'PENGAWAS'], expected: [] },
  ] as const)('job-step sources of $levels', ({ levels, expected }) =>
    expect(provincialPoolLevels(levels.map((jenjang) => ({ jenjang })))).toEqual(expected),
  );
});

describe('which kabupaten/kota feed the pool: a published mapping of the province period (rules.md §6)', () => {
  it.each([
    ['published mapping of the same year', { periode: 2025 }, 2025, true],
    ['published mapping of the year before', { periode: 2024 }, 2025, false],
    ['published mapping of a later year', { periode: 2026 }, 2025, false],
    ['no published mapping', null, 2025, false],
  ] as const)('%s', (_name, mapping, provincePeriode, feeds) => {
    expect(feedsProvincialPool(mapping, provincePeriode)).toBe(feeds);
  });
});

describe('slates with the provincial pool (rules.md §6)', () => {
  const slatesOf = (pool: SuccessionPerson[] | null, settings = {}) => {
    const [jpt, adm] = computeSlatesWithPool([JPT, ADM], [own, ownPengawas], pool, context(settings));
    return { jpt: jpt!, adm: adm! };
  };

  it.each([
    {
      name: 'a kabupaten Administrator in box 9 ranks first on the province JPT slate',
      pool: [kab({})],
      settings: {},
      jpt: [
        ['kab-1', KAB],
        ['own-1', null],
      ],
      jptEligible: 2,
    },
    {
      name: 'without the pool only the own people are candidates',
      pool: null,
      settings: {},
      jpt: [['own-1', null]],
      jptEligible: 1,
    },
    {
      name: 'a kabupaten PPPK is not eligible for JPT (BUKAN_PNS) …',
      pool: [kab({ employmentType: 'PPPK', golongan: 'IX' })],
      settings: {},
      jpt: [['own-1', null]],
      jptEligible: 1,
    },
    {
      name: '… unless the setting opens JPT targets to PPPK',
      pool: [kab({ employmentType: 'PPPK', golongan: 'IX' })],
      settings: { pppkForJpt: true },
      jpt: [
        ['kab-1', KAB],
        ['own-1', null],
      ],
      jptEligible: 2,
    },
    {
      name: 'slate size 1 keeps the best only',
      pool: [kab({})],
      settings: { slateSize: 1 },
      jpt: [['kab-1', KAB]],
      jptEligible: 2,
    },
  ])('$name', ({ pool, settings, jpt, jptEligible }) => {
    const slates = slatesOf(pool, settings);
    expect(slates.jpt.entries.map((e) => [e.employeeId, e.instansiId])).toEqual(jpt);
    expect(slates.jpt.eligibleCount).toBe(jptEligible);
  });

  it('does not consider a kabupaten person for a province Administrator slate (not counted either)', () => {
    // A kabupaten Pengawas who would be eligible for the Administrator post if it drew on the pool.
    const kabPengawas = kab({
      employeeId: 'kab-2',
      jenjang: 'PENGAWAS',
      golongan: 'IV/a',
      tmtJabatan: '2018-01-01',
    });
    const { adm } = slatesOf([kab({}), kabPengawas]);
    const alone = slatesOf(null).adm;
    expect(adm.entries.map((e) => e.employeeId)).toEqual(['own-2', 'own-1']);
    expect(adm).toEqual(alone);
    expect(adm.eligibleCount + adm.ineligibleCount).toBe(2);
  });

  it('counts the pool in the JPT slate: coverage with the minimum of eligible candidates', () => {
    const pool = [kab({}), kab({ employeeId: 'kab-3', nip: '198001012005011003' })];
    expect(slatesOf(null, { coverageMinEligible: 3 }).jpt.covered).toBe(false);
    const withPool = slatesOf(pool, { coverageMinEligible: 3 }).jpt;
    expect([withPool.eligibleCount, withPool.readyNowCount, withPool.covered]).toEqual([3, 3, true]);
    expect(withPool.emergencyEmployeeId).toBe('kab-1');
    expect(withPool.emergencyInstansiId).toBe(KAB);
    expect(slatesOf(pool, { coverageMinEligible: 4 }).jpt.covered).toBe(false);
  });

  it('equals the pure reference over own ∪ pool for JPT and own only for the rest', () => {
    const pool = [kab({}), kab({ employeeId: 'kab-2', nip: '198001012005011002', golongan: 'III/d' })];
    const ctx = context();
    const [jpt, adm] = computeSlatesWithPool([JPT, ADM], [own, ownPengawas], pool, ctx);
    expect(jpt).toEqual(buildSlate(JPT, [own, ownPengawas, ...pool], ctx));
    expect(adm).toEqual(buildSlate(ADM, [own, ownPengawas], ctx));
    expect(jpt!.reasonCounts.PANGKAT_KURANG).toBe(2); // the province's Pengawas (IV/a) and kab-2 (III/d)
  });
});
