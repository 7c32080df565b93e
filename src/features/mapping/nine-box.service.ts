import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { BOXES, boxName, levelsOfBox, recommendationText } from '../../domain/nine-box.js';
import { AppError } from '../../platform/errors.js';
import type { PersonScope } from '../auth/policies/access.js';
import { unitPathOf } from '../employees/employee-list.service.js';
import { countByBox, countReasons, findOfficialRun } from './nine-box.repository.js';

/** The run's own counts (mapping-summary.ts), written with its results in one transaction. */
const storedSummary = z.object({
  total: z.number().int(),
  mapped: z.number().int(),
  perBox: z.record(z.string(), z.number().int()),
  perReason: z.record(z.string(), z.number().int()),
});

/** The whole run needs no scan of its results: its summary holds the same counts. */
function fromSummary(summary: z.infer<typeof storedSummary>) {
  const counts: { box: number | null; n: number }[] = Object.entries(summary.perBox).map(([box, n]) => ({
    box: Number(box),
    n,
  }));
  counts.push({ box: null, n: summary.total - summary.mapped });
  const reasons = Object.entries(summary.perReason)
    .map(([reason, n]) => ({ reason, n }))
    .sort((a, b) => b.n - a.n || a.reason.localeCompare(b.reason));
  return { counts, reasons };
}

/** Share in percent with two decimals (exports and views round; rules.md preamble). */
const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 10_000) / 100);

/**
 * The 9-box of an instansi's official mapping of a year: per box the count and its share of the mapped
 * people, the not-mapped count with its reasons, and the totals. Filters (unit subtree, job level of the
 * run) and the actor's reach narrow the population; unfiltered and unscoped, the numbers are the run's
 * summary.
 */
export async function getNineBox(
  db: Db,
  instansi: { id: number; kode: string },
  query: { periode?: number | undefined; unit?: string | undefined; jenjang?: string | undefined },
  scope: PersonScope,
) {
  const run = await findOfficialRun(db, instansi.id, query.periode);
  if (!run) {
    throw new AppError(
      'NOT_FOUND',
      query.periode === undefined
        ? `Belum ada pemetaan resmi di ${instansi.kode}.`
        : `Belum ada pemetaan resmi ${instansi.kode} untuk ${query.periode}.`,
    );
  }
  const filter = { unitPath: await unitPathOf(db, instansi.id, query.unit), jenjang: query.jenjang };
  const whole = !filter.unitPath && !filter.jenjang && !scope.unitPath && !scope.employeeId;
  const stored = whole ? storedSummary.safeParse(run.summary) : undefined;
  const { counts, reasons } = stored?.success
    ? fromSummary(stored.data)
    : {
        counts: await countByBox(db, instansi.id, run.id, filter, scope),
        reasons: await countReasons(db, instansi.id, run.id, filter, scope),
      };
  const perBox = new Map(counts.map((c) => [c.box, c.n]));
  const mapped = counts.reduce((s, c) => s + (c.box === null ? 0 : c.n), 0);
  const notMapped = perBox.get(null) ?? 0;
  return {
    runId: run.id,
    periode: run.periode,
    ruleSetHash: run.rule_set_hash,
    publishedAt: run.published_at,
    total: mapped + notMapped,
    dipetakan: mapped,
    tidakDipetakan: notMapped,
    kotak: BOXES.map((box) => {
      const n = perBox.get(box) ?? 0;
      const levels = levelsOfBox(box);
      return {
        kotak: box,
        nama: boxName(box),
        kinerja: levels.performanceLevel,
        potensial: levels.potentialLevel,
        rekomendasi: recommendationText(box),
        jumlah: n,
        persen: share(n, mapped),
      };
    }),
    alasanTidakDipetakan: Object.fromEntries(reasons.map((r) => [r.reason, r.n])),
  };
}
