import type { Jenjang } from '../codes.js';
import type { KeyPosition, SuccessionPerson } from './candidate.js';
import type { EligibilityContext } from './eligibility.js';
import { JPT_TARGETS, allowedSources } from './rules.js';
import { computeSlates, digestPeople } from './slate-engine.js';
import type { Slate } from './slate.js';

/**
 * The provincial pool (rules.md §6): "Candidates come from the target position's own instansi. For JPT
 * targets the province can also draw on the provincial pool of all its governments (a setting of the
 * province)." With `jptFromProvincialPool` on, a province's JPT key positions are evaluated against its
 * own people plus the people of its kabupaten/kota; every other key position keeps its own people only.
 */

/** A key position that may draw on the provincial pool: a JPT target (rules.md §6). */
export function drawsOnProvincialPool(jenjang: Jenjang): boolean {
  return JPT_TARGETS.has(jenjang);
}

/**
 * Whether a kabupaten/kota feeds the province's pool: its latest published mapping is of the province's
 * period (rules.md §6 ranks on "the latest published mapping" at one reference date; boxes and scores of
 * another year are not comparable). Without a published mapping it feeds nobody.
 */
export function feedsProvincialPool(mapping: { periode: number } | null, provincePeriode: number): boolean {
  return mapping !== null && mapping.periode === provincePeriode;
}

/**
 * The current job levels worth loading from the kabupaten/kota: the job-step sources (rules.md §6 "job
 * step") of the province's JPT key positions. Anyone else would only fail JENJANG_TIDAK_SESUAI, so they
 * are not loaded: a JPT slate's reason counts then cover the province's own people plus these candidates,
 * not every person of every government. Empty when the province has no JPT key position.
 */
export function provincialPoolLevels(positions: readonly Pick<KeyPosition, 'jenjang'>[]): Jenjang[] {
  const levels = new Set<Jenjang>();
  for (const p of positions)
    if (drawsOnProvincialPool(p.jenjang)) for (const j of allowedSources(p.jenjang)) levels.add(j);
  return [...levels].sort();
}

/**
 * Slates of every key position (in `positions` order) with the provincial pool: own people × non-JPT
 * positions, own ∪ pool × JPT positions, by the columnar engine (one digest per group). Without a pool
 * (`null`: the setting is off or the instansi is not a province) everyone is the own instansi's.
 */
export function computeSlatesWithPool(
  positions: readonly KeyPosition[],
  own: readonly SuccessionPerson[],
  pool: readonly SuccessionPerson[] | null,
  context: EligibilityContext,
): Slate[] {
  if (pool === null) return computeSlates(digestPeople(own, positions, context), positions, context);
  const jpt = positions.filter((p) => drawsOnProvincialPool(p.jenjang));
  const rest = positions.filter((p) => !drawsOnProvincialPool(p.jenjang));
  const everyone = [...own, ...pool];
  const slates = [
    ...computeSlates(digestPeople(own, rest, context), rest, context),
    ...computeSlates(digestPeople(everyone, jpt, context), jpt, context),
  ];
  const byPosition = new Map(slates.map((s) => [s.positionId, s]));
  return positions.map((p) => byPosition.get(p.positionId)!);
}
