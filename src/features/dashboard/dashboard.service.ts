import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { PersonScope } from '../auth/policies/access.js';
import {
  findProvinceRows,
  findShownAndLatestRuns,
  findUnitBoxCounts,
  type RunRow,
  type UnitBoxRow,
} from './dashboard.repository.js';
import type { InstansiSummary, ProvinceSummary } from './dashboard.schemas.js';

/** The part of a run's stored summary (features/mapping/mapping-summary.ts) the dashboards read. */
const storedSummary = z.object({
  total: z.number(),
  mapped: z.number(),
  perBox: z.record(z.string(), z.number()),
});

const BOXES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
/** Boxes 7–9: where talent-pool candidates come from (PermenPANRB 3/2020, rules.md §4). */
const POOL_BOXES = [7, 8, 9] as const;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * The province dashboard: every instansi the actor sees, side by side, from one query (the runs' stored
 * summaries, no per-instansi queries).
 */
export async function buildProvinceSummary(db: Db, visibleIds: readonly number[]): Promise<ProvinceSummary> {
  const rows = await findProvinceRows(db, visibleIds);
  return {
    items: rows.map((r) => {
      const summary = r.run_periode === null ? null : storedSummary.safeParse(r.run_summary);
      const pemetaan =
        summary?.success && r.run_periode !== null
          ? {
              periode: r.run_periode,
              status: r.run_status as 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED',
              dinilai: summary.data.total,
              dipetakan: summary.data.mapped,
              perKotak: BOXES.map((b) => summary.data.perBox[b] ?? 0),
            }
          : null;
      return {
        kode: r.kode,
        nama: r.nama,
        jenis: r.jenis,
        indukKode: r.induk_kode,
        jumlahPegawai: r.pegawai,
        pemetaan,
        kandidatKelompokTalenta:
          pemetaan?.status === 'PUBLISHED'
            ? POOL_BOXES.reduce((s, b) => s + pemetaan.perKotak[b - 1]!, 0)
            : null,
      };
    }),
  };
}

function presentRun(r: RunRow | undefined): InstansiSummary['pemetaan'] {
  if (!r) return null;
  return {
    id: r.id,
    periode: r.periode,
    status: r.status as 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED',
    ruleSetHash: r.rule_set_hash,
    aturan: r.rule_set_kode === null ? null : `${r.rule_set_kode}@${r.rule_set_version}`,
    mulai: iso(r.started_at)!,
    selesai: iso(r.finished_at),
    terbit: iso(r.published_at),
  };
}

type Tally = { dinilai: number; tidakDipetakan: number; perKotak: number[] };
const emptyTally = (): Tally => ({ dinilai: 0, tidakDipetakan: 0, perKotak: BOXES.map(() => 0) });

function addTo(t: Tally, row: UnitBoxRow) {
  t.dinilai += row.n;
  if (row.box === null) t.tidakDipetakan += row.n;
  else t.perKotak[row.box - 1]! += row.n;
}

/**
 * The instansi dashboard: the run shown and the latest run, then the shown run's results counted per
 * top-level unit and box within `scope` (a unit head sees their subtree only). Two queries.
 */
export async function buildInstansiSummary(
  db: Db,
  instansi: { id: number; kode: string; nama: string; jenis: string },
  scope: PersonScope,
): Promise<InstansiSummary> {
  const { shown, latest } = await findShownAndLatestRuns(db, instansi.id);
  const rows = shown ? await findUnitBoxCounts(db, instansi.id, shown.id, scope) : [];
  const total = emptyTally();
  const units = new Map<string, Tally & { unorId: string | null; nama: string | null }>();
  for (const row of rows) {
    addTo(total, row);
    const key = row.unor_id ?? '';
    let unit = units.get(key);
    if (!unit) units.set(key, (unit = { unorId: row.unor_id, nama: row.nama, ...emptyTally() }));
    addTo(unit, row);
  }
  return {
    instansi: { kode: instansi.kode, nama: instansi.nama, jenis: instansi.jenis },
    pemetaan: presentRun(shown),
    terakhir: presentRun(latest),
    total: { ...total, dipetakan: total.dinilai - total.tidakDipetakan },
    unit: [...units.values()],
  };
}
