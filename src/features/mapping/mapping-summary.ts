import type { ClassificationResult } from '../../domain/classify.js';

/** Counts of a run: how many were mapped, per box, and per not-mapped reason (one person may have several). */
export type MappingSummary = {
  total: number;
  mapped: number;
  notMapped: number;
  /** Employees of the instansi left out of the run because they are not active (rules.md §2). */
  inactiveExcluded: number;
  perBox: Record<string, number>;
  perReason: Record<string, number>;
  perWarning: Record<string, number>;
};

export function summarize(results: Iterable<ClassificationResult>, inactiveExcluded: number): MappingSummary {
  const perBox: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 };
  const perReason: Record<string, number> = {};
  const perWarning: Record<string, number> = {};
  let total = 0;
  let mapped = 0;
  for (const r of results) {
    total++;
    if (r.box !== null && r.status === 'DIPETAKAN') {
      mapped++;
      perBox[r.box] = (perBox[r.box] ?? 0) + 1;
    }
    for (const reason of r.reasons) perReason[reason] = (perReason[reason] ?? 0) + 1;
    for (const warning of r.warnings) perWarning[warning] = (perWarning[warning] ?? 0) + 1;
  }
  return { total, mapped, notMapped: total - mapped, inactiveExcluded, perBox, perReason, perWarning };
}
