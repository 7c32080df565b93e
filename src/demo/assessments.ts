import { POTENTIAL_DIMENSION_KEYS } from '../domain/potential.js';
import { dateIn } from './careers.js';
import type { Person } from './people.js';
import { COMPETENCY_KEYS } from '../domain/competency.js';
import { STANDARD_LEVEL } from './positions.js';
import type { Rng } from './prng.js';
import type { CompetencyRow, PotentialRow } from './rows.js';

/**
 * Competency (PermenPANRB 38/2017, 9 managerial and socio-cultural competencies) and potential assessments
 * (PermenPANRB 20/2025 art. 17, 8 dimensions). Most managers have been through an assessment centre in the
 * last three years (the validity window of rules.md §2); a share of the others too; some only have an
 * expired one, so that a believable group cannot be mapped. Scores follow the person's latent potential.
 */

export const POTENTIAL_DIMENSIONS = POTENTIAL_DIMENSION_KEYS;

/** How a potential result is recorded: its total only, the 8 dimensions only, or both. */
const SHAPES = ['total', 'dimensions', 'both'] as const;
const SHAPE_WEIGHTS = [0.35, 0.35, 0.3];

const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export interface AssessmentContext {
  instansiId: number;
  year: number;
  lembaga: readonly string[];
}

type Validity = 'valid' | 'expired' | 'none';

/** Who has an assessment in the window: managers mostly, others sometimes, new CPNS never. */
function coverage(rng: Rng, person: Person, managerRate: number, otherRate: number): Validity {
  if (person.kedudukan === 'CPNS') return 'none';
  const manager = person.slot.position.eselon !== null;
  const rate = manager ? managerRate : person.pppk ? otherRate / 3 : otherRate;
  if (rng.chance(rate)) return 'valid';
  return rng.chance(manager ? 0.5 : 0.12) ? 'expired' : 'none';
}

/** A date inside the validity window (after 31 Dec Y−3, up to 31 Dec Y) or before it. */
function assessmentDate(rng: Rng, year: number, validity: Validity): string {
  return validity === 'valid'
    ? dateIn(rng, rng.int(year - 2, year))
    : dateIn(rng, rng.int(year - 6, year - 3));
}

function competencyRow(
  rng: Rng,
  ctx: AssessmentContext,
  person: Person,
  tanggal: string,
  shift: number,
): CompetencyRow {
  const position = person.slot.position;
  const own = position.standarKompetensi;
  const base = STANDARD_LEVEL[position.jenjang];
  const levels = {} as Record<(typeof COMPETENCY_KEYS)[number], number>;
  let achieved = 0;
  let standard = 0;
  for (const k of COMPETENCY_KEYS) {
    const std = own?.[k] ?? base;
    // Assessors score around the job's standard; people of higher potential above it.
    const v = round2(clamp(std + 0.45 * (person.potential + shift) + rng.normal(0, 0.35), 1, 5));
    levels[k] = v;
    achieved += v;
    standard += std;
  }
  return {
    instansiId: ctx.instansiId,
    id: rng.uuid(),
    employeeId: person.id,
    tanggal,
    lembaga: rng.pick(ctx.lembaga),
    ...levels,
    jpm: rng.chance(0.7) ? round2(Math.min(100, (100 * achieved) / standard)) : null,
  };
}

export function competencyRecords(rng: Rng, ctx: AssessmentContext, person: Person): CompetencyRow[] {
  const validity = coverage(rng, person, 0.9, 0.3);
  if (validity === 'none') return [];
  const latest = assessmentDate(rng, ctx.year, validity);
  const rows = [competencyRow(rng, ctx, person, latest, 0)];
  // Some were assessed before too; the older result sits a little lower.
  if (rng.chance(0.2)) {
    const older = dateIn(rng, Number(latest.slice(0, 4)) - rng.int(3, 4));
    rows.push(competencyRow(rng, ctx, person, older, -0.3));
  }
  return rows;
}

/**
 * Potential assessment: a total on 0–100, the 8 dimensions on 1–5, or both (rules.md §2 accepts either).
 * Assessment centres test potential together with competency, so the date is usually the same.
 */
export function potentialRecords(
  rng: Rng,
  ctx: AssessmentContext,
  person: Person,
  competency: readonly CompetencyRow[],
): PotentialRow[] {
  const latest = competency[0];
  const hasValid = latest !== undefined && Number(latest.tanggal.slice(0, 4)) >= ctx.year - 2;
  let tanggal: string;
  if (hasValid && rng.chance(0.95))
    tanggal = rng.chance(0.7) ? latest.tanggal : assessmentDate(rng, ctx.year, 'valid');
  else {
    const validity = coverage(rng, person, 0.3, 0.05);
    if (validity === 'none') return [];
    tanggal = assessmentDate(rng, ctx.year, validity);
  }
  const score = clamp(60 + 13 * person.potential + rng.normal(0, 6), 25, 98);
  const shape = rng.choice(SHAPES, SHAPE_WEIGHTS);
  const dims: Partial<Record<(typeof POTENTIAL_DIMENSIONS)[number], number>> = {};
  if (shape !== 'total') {
    for (const d of POTENTIAL_DIMENSIONS) dims[d] = round2(clamp(score / 20 + rng.normal(0, 0.3), 1, 5));
  }
  return [
    {
      instansiId: ctx.instansiId,
      id: rng.uuid(),
      employeeId: person.id,
      tanggal,
      lembaga: rng.pick(ctx.lembaga),
      total: shape === 'dimensions' ? null : round2(score),
      ...dims,
    },
  ];
}
