import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  EDUCATION_CODES,
  JENJANG_CODES,
  PREDIKAT_CODES,
  type Education,
  type Jenjang,
  type Predikat,
} from './codes.js';
import { DEFAULT_MINIMUM_EDUCATION } from './education.js';
import { DEFAULT_STANDARD_LEVEL } from './jenjang.js';

/**
 * Aturan pemetaan: the data of one rule-set version (rules.md, the [DEFAULT] parts). Stored as JSON,
 * versioned, hashed with `contentHash`; every instansi may copy and change it.
 */
export interface RuleSetContent {
  /** Weights of K (competency), P (potential assessment) and R (track record); they sum to 1 (rules.md §2). */
  readonly weights: { readonly competency: number; readonly potential: number; readonly trackRecord: number };
  /** Performance level cut-offs, `>=` on the unrounded score (rules.md §1.2: 90 / 70). */
  readonly performanceCutOffs: { readonly above: number; readonly meets: number };
  /** Potential level cut-offs, `>=` on the unrounded score (rules.md §2: 85 / 70). */
  readonly potentialCutOffs: { readonly high: number; readonly medium: number };
  /** Points per predikat (rules.md §1.2: 100 / 80 / 60 / 40 / 20). */
  readonly predikatPoints: Readonly<Record<Predikat, number>>;
  /** Years of SKP in the performance window, ending with Y (rules.md §1.2: 2, i.e. Y and Y−1). */
  readonly performanceWindowYears: number;
  /** Assessments count when dated after 31 Dec Y−n and up to 31 Dec Y (rules.md §2: n = 3). */
  readonly assessmentValidityYears: number;
  /** Default standard level of each of the 9 competencies per job level (rules.md §5). */
  readonly standardLevels: Readonly<Record<Jenjang, number>>;
  /** Minimum education per job level (rules.md §5). */
  readonly minimumEducation: Readonly<Record<Jenjang, Education>>;
  /** Track record (rekam jejak), four parts whose maxima sum to 100 (rules.md §2). */
  readonly trackRecord: {
    /** Points when the education meets the minimum (25), else 0. */
    readonly educationPoints: number;
    /** Training part: `trainingMaxPoints × min(1, JP ÷ trainingTargetJp)` (25, 20 JP). */
    readonly trainingMaxPoints: number;
    readonly trainingTargetJp: number;
    /** Experience part: `experienceMaxPoints × min(1, years ÷ experienceTargetYears)` (25, 2 years). */
    readonly experienceMaxPoints: number;
    readonly experienceTargetYears: number;
    /** Discipline part: no sanction 25, only light 15, any medium/heavy 0. */
    readonly disciplinePoints: {
      readonly none: number;
      readonly lightOnly: number;
      readonly mediumOrHeavy: number;
    };
    /** Sanctions decided in the last n years count, ending with Y (rules.md §2: 2, i.e. Y−1 and Y). */
    readonly disciplineWindowYears: number;
  };
}

const num = z.number();
const weightsSchema = z.strictObject({ competency: num, potential: num, trackRecord: num });
const jenjangRecord = <T extends z.ZodType>(value: T) => z.record(z.enum(JENJANG_CODES), value);

/** The shape of a rule set (types only; ranges and orders are checked by `validateRuleSet`). */
export const ruleSetContentSchema = z.strictObject({
  weights: weightsSchema,
  performanceCutOffs: z.strictObject({ above: num, meets: num }),
  potentialCutOffs: z.strictObject({ high: num, medium: num }),
  predikatPoints: z.record(z.enum(PREDIKAT_CODES), num),
  performanceWindowYears: num,
  assessmentValidityYears: num,
  standardLevels: jenjangRecord(num),
  minimumEducation: jenjangRecord(z.enum(EDUCATION_CODES)),
  trackRecord: z.strictObject({
    educationPoints: num,
    trainingMaxPoints: num,
    trainingTargetJp: num,
    experienceMaxPoints: num,
    experienceTargetYears: num,
    disciplinePoints: z.strictObject({ none: num, lightOnly: num, mediumOrHeavy: num }),
    disciplineWindowYears: num,
  }),
});

// The schema and the interface describe the same shape.
const _sameShape: (parsed: z.infer<typeof ruleSetContentSchema>) => RuleSetContent = (parsed) => parsed;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** "Bawaan v1": the built-in rule set with every default of rules.md (§1.2, §2, §5). Frozen. */
export const BAWAAN_V1: RuleSetContent = deepFreeze({
  weights: { competency: 0.4, potential: 0.4, trackRecord: 0.2 },
  performanceCutOffs: { above: 90, meets: 70 },
  potentialCutOffs: { high: 85, medium: 70 },
  predikatPoints: { SANGAT_BAIK: 100, BAIK: 80, BUTUH_PERBAIKAN: 60, KURANG: 40, SANGAT_KURANG: 20 },
  performanceWindowYears: 2,
  assessmentValidityYears: 3,
  standardLevels: { ...DEFAULT_STANDARD_LEVEL },
  minimumEducation: { ...DEFAULT_MINIMUM_EDUCATION },
  trackRecord: {
    educationPoints: 25,
    trainingMaxPoints: 25,
    trainingTargetJp: 20,
    experienceMaxPoints: 25,
    experienceTargetYears: 2,
    disciplinePoints: { none: 25, lightOnly: 15, mediumOrHeavy: 0 },
    disciplineWindowYears: 2,
  },
});

/** One problem of a rule set: the field path (`weights.competency`) and an Indonesian message. */
export interface RuleSetIssue {
  readonly path: string;
  readonly message: string;
}

const TYPE_LABELS: Readonly<Record<string, string>> = {
  number: 'angka',
  string: 'teks',
  object: 'objek',
};

function shapeIssueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'wajib diisi'
        : `harus berupa ${TYPE_LABELS[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `kunci tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `harus salah satu dari: ${issue.values.map(String).join(', ')}`;
    case 'invalid_key':
      return 'kunci tidak dikenal';
    default:
      return issue.message;
  }
}

const fmt = (n: number): string => String(n).replace('.', ',');

/** Checks the ranges and orders of a well-shaped rule set; see `validateRuleSet`. */
function semanticIssues(r: RuleSetContent): RuleSetIssue[] {
  const issues: RuleSetIssue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  const finite = (path: string, v: number): boolean => {
    if (Number.isFinite(v)) return true;
    add(path, 'harus berupa angka terhingga');
    return false;
  };
  const inRange = (path: string, v: number, min: number, max: number): void => {
    if (finite(path, v) && (v < min || v > max))
      add(path, `harus antara ${fmt(min)} dan ${fmt(max)} (sekarang ${fmt(v)})`);
  };
  const positive = (path: string, v: number): void => {
    if (finite(path, v) && v <= 0) add(path, `harus lebih dari 0 (sekarang ${fmt(v)})`);
  };
  const wholeAtLeastOne = (path: string, v: number): void => {
    if (!Number.isInteger(v) || v < 1) add(path, `harus bilangan bulat ≥ 1 (sekarang ${fmt(v)})`);
  };

  const { weights } = r;
  for (const key of ['competency', 'potential', 'trackRecord'] as const)
    inRange(`weights.${key}`, weights[key], 0, 1);
  const sum = weights.competency + weights.potential + weights.trackRecord;
  if (!(Math.abs(sum - 1) <= 1e-9)) add('weights', `jumlah bobot harus 1 (sekarang ${fmt(sum)})`);

  inRange('performanceCutOffs.above', r.performanceCutOffs.above, 0, 100);
  inRange('performanceCutOffs.meets', r.performanceCutOffs.meets, 0, 100);
  if (!(r.performanceCutOffs.above > r.performanceCutOffs.meets)) {
    add('performanceCutOffs', 'batas "di atas ekspektasi" harus lebih tinggi dari batas "sesuai ekspektasi"');
  }
  inRange('potentialCutOffs.high', r.potentialCutOffs.high, 0, 100);
  inRange('potentialCutOffs.medium', r.potentialCutOffs.medium, 0, 100);
  if (!(r.potentialCutOffs.high > r.potentialCutOffs.medium)) {
    add('potentialCutOffs', 'batas "tinggi" harus lebih tinggi dari batas "menengah"');
  }

  PREDIKAT_CODES.forEach((code, i) => {
    const points = r.predikatPoints[code];
    inRange(`predikatPoints.${code}`, points, 0, 100);
    const better = PREDIKAT_CODES[i - 1];
    if (better !== undefined && points > r.predikatPoints[better]) {
      add(
        `predikatPoints.${code}`,
        `tidak boleh lebih tinggi dari poin ${better} (${fmt(r.predikatPoints[better])})`,
      );
    }
  });

  wholeAtLeastOne('performanceWindowYears', r.performanceWindowYears);
  wholeAtLeastOne('assessmentValidityYears', r.assessmentValidityYears);
  for (const code of JENJANG_CODES) {
    const level = r.standardLevels[code];
    if (!Number.isInteger(level) || level < 1 || level > 5) {
      add(`standardLevels.${code}`, `harus bilangan bulat 1–5 (sekarang ${fmt(level)})`);
    }
  }

  const t = r.trackRecord;
  for (const key of ['educationPoints', 'trainingMaxPoints', 'experienceMaxPoints'] as const) {
    inRange(`trackRecord.${key}`, t[key], 0, 100);
  }
  positive('trackRecord.trainingTargetJp', t.trainingTargetJp);
  positive('trackRecord.experienceTargetYears', t.experienceTargetYears);
  const d = t.disciplinePoints;
  inRange('trackRecord.disciplinePoints.none', d.none, 0, 100);
  inRange('trackRecord.disciplinePoints.lightOnly', d.lightOnly, 0, 100);
  inRange('trackRecord.disciplinePoints.mediumOrHeavy', d.mediumOrHeavy, 0, 100);
  if (!(d.none >= d.lightOnly && d.lightOnly >= d.mediumOrHeavy)) {
    add('trackRecord.disciplinePoints', 'poin harus berurutan: tanpa hukuman ≥ hanya ringan ≥ sedang/berat');
  }
  const max = t.educationPoints + t.trainingMaxPoints + t.experienceMaxPoints + d.none;
  if (!(Math.abs(max - 100) <= 1e-9)) {
    add('trackRecord', `jumlah poin maksimum keempat bagian rekam jejak harus 100 (sekarang ${fmt(max)})`);
  }
  wholeAtLeastOne('trackRecord.disciplineWindowYears', t.disciplineWindowYears);
  return issues;
}

export type RuleSetParseResult =
  | { readonly ok: true; readonly rules: RuleSetContent }
  | { readonly ok: false; readonly issues: readonly RuleSetIssue[] };

/**
 * Parses and validates rule-set content from JSON (rules.md [DEFAULT] parts): the shape (no unknown or
 * missing keys), then weights summing to 1 (±1e-9), cut-offs in 0–100 and ordered, points in 0–100 and
 * ordered by predikat, whole years ≥ 1, standard levels 1–5, track-record maxima summing to 100.
 */
export function parseRuleSet(content: unknown): RuleSetParseResult {
  const shaped = ruleSetContentSchema.safeParse(content, { reportInput: true });
  if (!shaped.success) {
    return {
      ok: false,
      issues: shaped.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: shapeIssueMessage(issue),
      })),
    };
  }
  const rules = _sameShape(shaped.data);
  const issues = semanticIssues(rules);
  return issues.length === 0 ? { ok: true, rules } : { ok: false, issues };
}

/** Every problem of a rule set, with field paths and Indonesian messages; empty when valid. */
export function validateRuleSet(content: unknown): RuleSetIssue[] {
  const parsed = parseRuleSet(content);
  return parsed.ok ? [] : [...parsed.issues];
}

/**
 * Canonical JSON: object keys sorted (UTF-16 order) at every depth, no whitespace, `undefined` members
 * left out, array order kept. Throws `TypeError` for values JSON cannot hold (NaN, Infinity, bigint,
 * functions), so that a hash never silently covers a lossy form.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: angka tidak terhingga (${value})`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
      }
      const record = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of Object.keys(record).sort()) {
        const member = record[key];
        if (member !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: nilai bertipe ${typeof value} tidak dapat disimpan sebagai JSON`);
  }
}

/** SHA-256 (hex) of the canonical JSON of a rule set: the identity recorded with every mapping run. */
export function contentHash(content: RuleSetContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
