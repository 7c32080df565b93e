import { reasonsOf, warningsOf, type ClassifiedColumns } from '../../domain/classified-columns.js';

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

/** Counts over the columns of `classifyColumns`; reasons and warnings counted in the order they are reported. */
export function summarizeColumns(out: ClassifiedColumns, inactiveExcluded: number): MappingSummary {
  const perBox: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 };
  const perReason: Record<string, number> = {};
  const perWarning: Record<string, number> = {};
  const reasonLists: string[][] = [];
  const warningLists: string[][] = [];
  let mapped = 0;
  for (let i = 0; i < out.size; i++) {
    const box = out.box[i]!;
    if (box > 0) {
      mapped++;
      perBox[box] = (perBox[box] ?? 0) + 1;
    }
    const r = out.reasons[i]!;
    if (r !== 0)
      for (const reason of (reasonLists[r] ??= reasonsOf(r)))
        perReason[reason] = (perReason[reason] ?? 0) + 1;
    const w = out.warnings[i]!;
    if (w !== 0)
      for (const warning of (warningLists[w] ??= warningsOf(w)))
        perWarning[warning] = (perWarning[warning] ?? 0) + 1;
  }
  const total = out.size;
  return { total, mapped, notMapped: total - mapped, inactiveExcluded, perBox, perReason, perWarning };
}
