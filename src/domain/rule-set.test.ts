import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BAWAAN_V1,
  canonicalJson,
  contentHash,
  parseRuleSet,
  validateRuleSet,
  type RuleSetContent,
} from './rule-set.js';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type Draft = Mutable<RuleSetContent>;

/** A deep, mutable copy of Bawaan v1 changed by `edit`. */
function variant(edit: (r: Draft) => void): unknown {
  const copy = structuredClone(BAWAAN_V1) as Draft;
  edit(copy);
  return copy;
}

/** Types the edit of a table row. */
const e = (edit: (r: Draft) => void): ((r: Draft) => void) => edit;

/** The object as plain JSON, for edits that break the shape on purpose. */
const loose = (o: object): Record<string, unknown> => o as Record<string, unknown>;

describe('BAWAAN_V1 holds the rules.md defaults', () => {
  it.each([
    {
      path: 'weights',
      value: { competency: 0.4, potential: 0.4, trackRecord: 0.2 },
      source: 'rules.md §2: 0.40·K + 0.40·P + 0.20·R',
    },
    { path: 'performanceCutOffs', value: { above: 90, meets: 70 }, source: 'rules.md §1.2' },
    { path: 'potentialCutOffs', value: { high: 85, medium: 70 }, source: 'rules.md §2' },
    {
      path: 'predikatPoints',
      value: { SANGAT_BAIK: 100, BAIK: 80, BUTUH_PERBAIKAN: 60, KURANG: 40, SANGAT_KURANG: 20 },
      source: 'rules.md §1.2',
    },
    { path: 'performanceWindowYears', value: 2, source: 'rules.md §1.2: Y and Y−1' },
    { path: 'assessmentValidityYears', value: 3, source: 'rules.md §2: after 31 Dec Y−3' },
    {
      path: 'trackRecord',
      value: {
        educationPoints: 25,
        trainingMaxPoints: 25,
        trainingTargetJp: 20,
        experienceMaxPoints: 25,
        experienceTargetYears: 2,
        disciplinePoints: { none: 25, lightOnly: 15, mediumOrHeavy: 0 },
        disciplineWindowYears: 2,
      },
      source: 'rules.md §2: four parts of 25 points',
    },
  ])('$path ($source)', ({ path, value }) => {
    expect((BAWAAN_V1 as unknown as Record<string, unknown>)[path]).toEqual(value);
  });

  it('is valid and frozen', () => {
    expect(validateRuleSet(BAWAAN_V1)).toEqual([]);
    expect(Object.isFrozen(BAWAAN_V1)).toBe(true);
    expect(Object.isFrozen(BAWAAN_V1.weights)).toBe(true);
  });
});

describe('validateRuleSet: Indonesian messages with field paths', () => {
  it.each([
    {
      edit: e((r) => (r.weights.competency = 0.5)),
      path: 'weights',
      source: 'weights sum 1.1',
    },
    {
      edit: e((r) => (r.weights.competency = 0.4 + 2e-9)),
      path: 'weights',
      source: 'sum off by 2e-9 (> 1e-9)',
    },
    {
      edit: e((r) => (r.weights.trackRecord = -0.2)),
      path: 'weights.trackRecord',
      source: 'negative weight',
    },
    {
      edit: e((r) => (r.performanceCutOffs.above = 60)),
      path: 'performanceCutOffs',
      source: 'above below meets',
    },
    {
      edit: e((r) => (r.performanceCutOffs.above = 70)),
      path: 'performanceCutOffs',
      source: 'above equal to meets',
    },
    {
      edit: e((r) => (r.performanceCutOffs.above = 101)),
      path: 'performanceCutOffs.above',
      source: 'above 100',
    },
    {
      edit: e((r) => (r.potentialCutOffs.medium = 90)),
      path: 'potentialCutOffs',
      source: 'medium above high',
    },
    {
      edit: e((r) => (r.potentialCutOffs.medium = -1)),
      path: 'potentialCutOffs.medium',
      source: 'below 0',
    },
    {
      edit: e((r) => (r.predikatPoints.BAIK = 120)),
      path: 'predikatPoints.BAIK',
      source: 'points above 100',
    },
    {
      edit: e((r) => (r.predikatPoints.KURANG = 70)),
      path: 'predikatPoints.KURANG',
      source: 'KURANG above BUTUH_PERBAIKAN',
    },
    {
      edit: e((r) => (r.performanceWindowYears = 0)),
      path: 'performanceWindowYears',
      source: 'window < 1',
    },
    {
      edit: e((r) => (r.assessmentValidityYears = 1.5)),
      path: 'assessmentValidityYears',
      source: 'not whole',
    },
    {
      edit: e((r) => (r.standardLevels.ADMINISTRATOR = 6)),
      path: 'standardLevels.ADMINISTRATOR',
      source: 'level 6',
    },
    {
      edit: e((r) => (r.standardLevels.PELAKSANA = 0)),
      path: 'standardLevels.PELAKSANA',
      source: 'level 0',
    },
    {
      edit: e((r) => (r.trackRecord.trainingTargetJp = 0)),
      path: 'trackRecord.trainingTargetJp',
      source: 'target 0',
    },
    {
      edit: e((r) => (r.trackRecord.educationPoints = 30)),
      path: 'trackRecord',
      source: 'maxima sum 105',
    },
    {
      edit: e((r) => (r.trackRecord.disciplinePoints.lightOnly = 30)),
      path: 'trackRecord.disciplinePoints',
      source: 'light above none',
    },
    {
      edit: e((r) => (loose(r.weights).competency = '0.4')),
      path: 'weights.competency',
      source: 'text, not a number',
    },
    {
      edit: e((r) => delete loose(r).potentialCutOffs),
      path: 'potentialCutOffs',
      source: 'missing object',
    },
    { edit: e((r) => (loose(r).extra = 1)), path: '', source: 'unknown key at the top' },
    {
      edit: e((r) => delete loose(r.standardLevels).JPT_UTAMA),
      path: 'standardLevels.JPT_UTAMA',
      source: 'a job level missing',
    },
    {
      edit: e((r) => (loose(r.minimumEducation).PENGAWAS = 'D5')),
      path: 'minimumEducation.PENGAWAS',
      source: 'unknown education',
    },
  ])('$source → issue at "$path"', ({ edit, path }) => {
    const issues = validateRuleSet(variant(edit));
    expect(issues.map((i) => i.path)).toContain(path);
    for (const issue of issues) expect(issue.message).toMatch(/[a-z]/);
  });

  it('reports every problem, not only the first', () => {
    const issues = validateRuleSet(
      variant((r) => {
        r.weights.competency = 0.9;
        r.potentialCutOffs.high = 50;
        r.standardLevels.PENGAWAS = 9;
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['weights', 'potentialCutOffs', 'standardLevels.PENGAWAS']),
    );
  });

  it('messages are Indonesian', () => {
    const [issue] = validateRuleSet(variant((r) => (r.weights.competency = 0.5)));
    expect(issue?.message).toBe('jumlah bobot harus 1 (sekarang 1,1)');
    const [missing] = validateRuleSet(variant((r) => delete loose(r).potentialCutOffs));
    expect(missing?.message).toBe('wajib diisi');
  });

  it('weights summing to 1 within float noise are accepted (0.1 + 0.7 + 0.2)', () => {
    expect(
      validateRuleSet(variant((r) => (r.weights = { competency: 0.1, potential: 0.7, trackRecord: 0.2 }))),
    ).toEqual([]);
  });

  it('parseRuleSet returns typed rules when valid', () => {
    const parsed = parseRuleSet(JSON.parse(JSON.stringify(BAWAAN_V1)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.rules).toEqual(BAWAAN_V1);
    expect(parseRuleSet(null).ok).toBe(false);
  });
});

describe('canonicalJson and contentHash', () => {
  it.each([
    {
      value: { b: 1, a: [3, { d: true, c: null }] },
      json: '{"a":[3,{"c":null,"d":true}],"b":1}',
      source: 'keys sorted at every depth',
    },
    { value: { a: undefined, b: 'x' }, json: '{"b":"x"}', source: 'undefined members left out' },
    { value: [1, undefined], json: '[1,null]', source: 'undefined in arrays → null (as JSON)' },
    { value: 'é"', json: '"é\\""', source: 'strings as JSON' },
    { value: 0.1 + 0.2, json: '0.30000000000000004', source: 'numbers as JSON' },
  ])('$source', ({ value, json }) => {
    expect(canonicalJson(value)).toBe(json);
  });

  it.each([{ value: Number.NaN }, { value: Number.POSITIVE_INFINITY }, { value: 1n }, { value: () => 1 }])(
    'refuses $value',
    ({ value }) => {
      expect(() => canonicalJson(value)).toThrow(TypeError);
    },
  );

  it('the hash ignores key order and is the SHA-256 of the canonical JSON', () => {
    const reordered = JSON.parse(
      JSON.stringify({ ...BAWAAN_V1, weights: { trackRecord: 0.2, potential: 0.4, competency: 0.4 } }),
    ) as RuleSetContent;
    expect(contentHash(reordered)).toBe(contentHash(BAWAAN_V1));
    expect(contentHash(BAWAAN_V1)).toBe(createHash('sha256').update(canonicalJson(BAWAAN_V1)).digest('hex'));
    expect(contentHash(BAWAAN_V1)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('any change changes the hash', () => {
    const changed = variant((r) => (r.potentialCutOffs.high = 86)) as RuleSetContent;
    expect(contentHash(changed)).not.toBe(contentHash(BAWAAN_V1));
  });
});
