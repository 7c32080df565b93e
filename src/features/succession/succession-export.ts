import type { Db } from '../../db/client.js';
import type { EligibilityContext } from '../../domain/succession/eligibility.js';
import { drawsOnProvincialPool as drawsFromPool } from '../../domain/succession/provincial-pool.js';
import { digestPeople, evaluatePosition, type DigestedPeople } from '../../domain/succession/slate-engine.js';
import { compareCandidates, readinessOf, type RankedCandidate } from '../../domain/succession/slate.js';
import type { Box } from '../../domain/nine-box.js';
import { AppError } from '../../platform/errors.js';
import type { Cell, Table } from '../exports/table-writer.js';
import { findInstansiByKode } from '../instansi/instansi.repository.js';
import { findPeopleInfo } from './talent-pool.repository.js';
import type { KeyPositionRow } from './succession-inputs.repository.js';
import { findCandidates, findCurrentRun, findSlates } from './succession-runs.repository.js';
import { loadSuccessionInputs, successionBasis } from './succession.service.js';

/**
 * import-format.md §4 `suksesi`: one row per slate entry; with `--semua`, every evaluated person. The last
 * column, `instansiPegawai`, is the kode of the person's own government: a province's JPT slate may hold
 * people of its kabupaten/kota (rules.md §6 provincial pool).
 */
const BASE_COLUMNS = [
  'kodeJabatan',
  'namaJabatan',
  'jenjang',
  'peringkat',
  'nipBaru',
  'nama',
  'kotak',
  'jpmTarget',
  'nilaiPotensial',
  'nilaiKinerja',
  'kesiapan',
  'suksesorDarurat',
] as const;
export const SLATE_COLUMNS = [...BASE_COLUMNS, 'instansiPegawai'] as const;
export const ALL_COLUMNS = [...BASE_COLUMNS, 'memenuhiSyarat', 'alasan', 'instansiPegawai'] as const;

const r2 = (n: number) => Math.round(n * 100) / 100;

export type PositionSummary = {
  kodeJabatan: string;
  namaJabatan: string;
  jenjang: string;
  memenuhiSyarat: number;
  siapSekarang: number;
  tercakup: boolean;
  jumlahPerAlasan: Record<string, number>;
};

export type SuccessionExport = { periode: number; table: Table; positions: PositionSummary[] };

async function instansiOrThrow(db: Db, kode: string) {
  const row = await findInstansiByKode(db, kode);
  if (!row) throw new AppError('NOT_FOUND', `Instansi "${kode}" tidak ditemukan.`);
  return row;
}

/** The current slates (stored run), key positions in `kodeJabatan` order and candidates by rank. */
export async function buildSuccessionExport(db: Db, kode: string, all: boolean): Promise<SuccessionExport> {
  const instansi = await instansiOrThrow(db, kode);
  if (all) return buildFullExport(db, instansi.id);
  const run = await findCurrentRun(db, instansi.id);
  if (!run)
    throw new AppError(
      'NOT_FOUND',
      `Rencana suksesi ${kode} belum dihitung: jalankan \`talenta suksesi hitung\`.`,
    );
  const [slates, candidates] = await Promise.all([
    findSlates(db, instansi.id, run.id),
    findCandidates(db, instansi.id, run.id),
  ]);
  const byPosition = new Map<string, typeof candidates>();
  for (const c of candidates) {
    const list = byPosition.get(c.position_id);
    if (list) list.push(c);
    else byPosition.set(c.position_id, [c]);
  }
  const rows: Cell[][] = [];
  for (const s of slates)
    for (const c of byPosition.get(s.position_id) ?? [])
      rows.push([
        s.kode,
        s.nama,
        s.jenjang,
        c.peringkat,
        c.nip,
        c.nama,
        c.box,
        r2(c.target_jpm),
        r2(c.potential_score),
        r2(c.performance_score),
        c.kesiapan,
        c.darurat ? 'ya' : 'tidak',
        c.instansi_kode ?? instansi.kode,
      ]);
  return {
    periode: run.periode,
    table: { sheetName: 'suksesi', columns: SLATE_COLUMNS, rows },
    positions: slates.map((s) => ({
      kodeJabatan: s.kode,
      namaJabatan: s.nama,
      jenjang: s.jenjang,
      memenuhiSyarat: s.eligible_count,
      siapSekarang: s.ready_now_count,
      tercakup: s.covered,
      jumlahPerAlasan: s.reason_counts,
    })),
  };
}

/** Names of people by employee id, each read from their own government (own, or a kabupaten/kota). */
async function namesOf(db: Db, instansiId: number, d: DigestedPeople) {
  const byInstansi = new Map<number, string[]>();
  d.ids.forEach((id, i) => {
    const g = d.instansi[i] || instansiId;
    byInstansi.set(g, [...(byInstansi.get(g) ?? []), id]);
  });
  const names = new Map<string, string>();
  for (const [g, ids] of byInstansi)
    for (const [id, info] of await findPeopleInfo(db, g, ids)) names.set(id, info.nama);
  return names;
}

/**
 * `--semua`: recomputed from the latest published mapping with the engine: per key position every
 * evaluated person, the eligible first by rank (all of them), then the ineligible with their reasons. A
 * province drawing on the provincial pool evaluates its JPT key positions against the pool too (rules.md §6).
 */
async function buildFullExport(db: Db, instansiId: number): Promise<SuccessionExport> {
  const basis = await successionBasis(db, instansiId);
  const { positions, people, pool } = await loadSuccessionInputs(db, instansiId, basis);
  const ctx = basis.context;
  const kodeOf = new Map<number, string>([
    [instansiId, basis.instansi.kode],
    ...(pool?.use.governments ?? []).map((g) => [g.instansiId, g.kode] as const),
  ]);
  const groups =
    pool === null
      ? [{ positions, people }]
      : [
          { positions: positions.filter((p) => !drawsFromPool(p.jenjang)), people },
          {
            positions: positions.filter((p) => drawsFromPool(p.jenjang)),
            people: [...people, ...pool.people],
          },
        ];
  const rowsOf = new Map<string, Cell[][]>();
  const summaryOf = new Map<string, PositionSummary>();
  for (const group of groups) {
    const d = digestPeople(group.people, group.positions, ctx);
    const names = await namesOf(db, instansiId, d);
    group.positions.forEach((p, pi) => {
      const out = evaluatedRows(d, group.positions, pi, ctx, {
        nameOf: (i) => names.get(d.ids[i]!) ?? '',
        kodeOf: (i) => kodeOf.get(d.instansi[i] || instansiId) ?? '',
      });
      rowsOf.set(p.positionId, out.rows);
      summaryOf.set(p.positionId, out.summary);
    });
  }
  return {
    periode: basis.mapping.periode,
    table: {
      sheetName: 'suksesi',
      columns: ALL_COLUMNS,
      rows: positions.flatMap((p) => rowsOf.get(p.positionId) ?? []),
    },
    positions: positions.map((p) => summaryOf.get(p.positionId)!),
  };
}

/** One key position's rows of the `--semua` export: the eligible by rank, then the ineligible. */
function evaluatedRows(
  d: DigestedPeople,
  positions: readonly KeyPositionRow[],
  pi: number,
  ctx: EligibilityContext,
  who: { nameOf: (i: number) => string; kodeOf: (i: number) => string },
): { rows: Cell[][]; summary: PositionSummary } {
  const p = positions[pi]!;
  const eligible: (RankedCandidate & { index: number })[] = [];
  const counts: Record<string, number> = {};
  const ineligible: Cell[][] = [];
  for (const e of evaluatePosition(d, positions, pi, ctx)) {
    const i = e.index;
    if (e.reasons.length === 0) {
      const box = d.box[i]! as Box;
      eligible.push({
        index: i,
        employeeId: d.ids[i]!,
        instansiId: d.instansi[i] || null,
        nip: d.nips[i]!,
        box,
        targetJpm: e.jpm,
        potentialScore: d.potential[i]!,
        performanceScore: d.performance[i]!,
        readiness: readinessOf(box, e.jpm, ctx.settings),
      });
      continue;
    }
    for (const r of e.reasons) counts[r] = (counts[r] ?? 0) + 1;
    const mapped = !e.reasons.includes('BELUM_DIPETAKAN');
    ineligible.push([
      p.kode,
      p.nama,
      p.jenjang,
      null,
      d.nips[i]!,
      who.nameOf(i),
      mapped ? d.box[i]! : null,
      mapped ? r2(e.jpm) : null,
      mapped ? r2(d.potential[i]!) : null,
      mapped ? r2(d.performance[i]!) : null,
      null,
      'tidak',
      'tidak',
      e.reasons.join(';'),
      who.kodeOf(i),
    ]);
  }
  eligible.sort(compareCandidates);
  const emergency = eligible
    .slice(0, ctx.settings.slateSize)
    .findIndex((c) => c.readiness === 'SIAP_SEKARANG');
  const rows: Cell[][] = eligible.map((c, k) => [
    p.kode,
    p.nama,
    p.jenjang,
    k + 1,
    c.nip,
    who.nameOf(c.index),
    c.box,
    r2(c.targetJpm),
    r2(c.potentialScore),
    r2(c.performanceScore),
    c.readiness,
    k === emergency ? 'ya' : 'tidak',
    'ya',
    '',
    who.kodeOf(c.index),
  ]);
  rows.push(...ineligible);
  const ready = eligible.filter((c) => c.readiness === 'SIAP_SEKARANG').length;
  return {
    rows,
    summary: {
      kodeJabatan: p.kode,
      namaJabatan: p.nama,
      jenjang: p.jenjang,
      memenuhiSyarat: eligible.length,
      siapSekarang: ready,
      tercakup: eligible.length >= ctx.settings.coverageMinEligible && ready >= 1,
      jumlahPerAlasan: counts,
    },
  };
}

/** The JSON form: per key position its coverage, reason counts and rows (import-format.md §4). */
export function successionJson(x: SuccessionExport) {
  const cols = x.table.columns;
  const byKode = new Map<string, Record<string, Cell>[]>();
  for (const row of x.table.rows) {
    const rec: Record<string, Cell> = {};
    cols.forEach((c, i) => (rec[c] = row[i] ?? null));
    const list = byKode.get(String(row[0]));
    if (list) list.push(rec);
    else byKode.set(String(row[0]), [rec]);
  }
  return {
    periode: x.periode,
    jabatanKunci: x.positions.map((p) => ({ ...p, baris: byKode.get(p.kodeJabatan) ?? [] })),
  };
}
