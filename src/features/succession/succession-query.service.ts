import type { Db } from '../../db/client.js';
import type { Jenjang } from '../../domain/codes.js';
import { referenceDate } from '../../domain/dates.js';
import { isActive } from '../../domain/kedudukan.js';
import { birthDateFor } from '../../domain/retirement.js';
import type { SuccessionPerson } from '../../domain/succession/candidate.js';
import { ineligibilityReasons } from '../../domain/succession/eligibility.js';
import {
  drawsOnProvincialPool as isPoolTarget,
  feedsProvincialPool,
  provincialPoolLevels,
} from '../../domain/succession/provincial-pool.js';
import { REASON_MESSAGES } from '../../domain/succession/rules.js';
import { effectiveSettings, storedOverrides } from '../../domain/succession/settings.js';
import { readinessOf, targetJpm } from '../../domain/succession/slate.js';
import { forecastVacancies, vacanciesPerYear } from '../../domain/succession/vacancy.js';
import { AppError } from '../../platform/errors.js';
import type { PersonScope } from '../auth/policies/access.js';
import {
  findLatestPublishedMapping,
  loadKeyPositions,
  loadSuccessionPeople,
  type KeyPositionRow,
} from './succession-inputs.repository.js';
import { findCandidates, findCurrentRun, findIncumbents, findSlates } from './succession-runs.repository.js';
import { findPersonInGovernments, findPersonInScope } from './person-ref.repository.js';
import { findChildGovernments } from './succession-settings.repository.js';
import { drawsOnProvincialPool, successionBasis, type SuccessionBasis } from './succession.service.js';

type Instansi = { id: number; kode: string };

async function currentRunOrThrow(db: Db, instansi: Instansi) {
  const run = await findCurrentRun(db, instansi.id);
  if (!run)
    throw new AppError(
      'NOT_FOUND',
      `Rencana suksesi ${instansi.kode} belum dihitung: jalankan \`talenta suksesi hitung --instansi ${instansi.kode}\`.`,
    );
  return run;
}

type Incumbent = Awaited<ReturnType<typeof findIncumbents>>[number];

/** The active holder of each position (an inactive one leaves the post open), by position id. */
export function activeHolders(incumbents: readonly Incumbent[]) {
  return new Map(incumbents.filter((i) => isActive(i.kedudukan)).map((i) => [i.position_id, i]));
}

/** Vacancy forecast of the key positions from their holders' retirement dates (rules.md §5). */
function vacancyForecasts(
  slates: readonly { position_id: string; jenjang: string }[],
  incumbents: readonly Incumbent[],
  periode: number,
) {
  const holder = activeHolders(incumbents);
  return forecastVacancies(
    slates.map((s) => {
      const h = holder.get(s.position_id);
      return {
        positionId: s.position_id,
        jenjang: s.jenjang as Jenjang,
        incumbent: h
          ? { employeeId: h.employee_id, birthDate: birthDateFor({ tglLahir: h.tgl_lahir, nip: h.nip }) }
          : null,
      };
    }),
    referenceDate(periode),
  );
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Key positions with coverage and retirement risk of the incumbent (product.md §2.6). */
export async function listKeyPositions(db: Db, instansi: Instansi) {
  const run = await currentRunOrThrow(db, instansi);
  const [slates, incumbents] = await Promise.all([
    findSlates(db, instansi.id, run.id),
    findIncumbents(db, instansi.id),
  ]);
  const forecasts = vacancyForecasts(slates, incumbents, run.periode);
  const holder = activeHolders(incumbents);
  const byPosition = new Map(forecasts.map((f) => [f.positionId, f]));
  return {
    periode: run.periode,
    dihitungPada: new Date(run.created_at).toISOString(),
    items: slates.map((s) => {
      const f = byPosition.get(s.position_id);
      const h = holder.get(s.position_id);
      return {
        kode: s.kode,
        nama: s.nama,
        jenjang: s.jenjang,
        unorNama: s.unit_nama,
        alasanKritikal: s.alasan_kritikal,
        pemangku: h ? { nipBaru: h.nip, nama: h.nama } : null,
        lowongan: {
          jenis: f?.kind ?? null,
          tanggal: f?.vacancyDate ?? null,
          bulanLagi: f?.monthsFromReference ?? null,
        },
        // Retirement risk: vacant now or the incumbent retires within 2 years of the reference date.
        risikoPensiun: f !== undefined && f.monthsFromReference !== null && f.monthsFromReference < 24,
        memenuhiSyarat: s.eligible_count,
        siapSekarang: s.ready_now_count,
        tercakup: s.covered,
        suksesorDarurat: s.emergency_nip
          ? { nipBaru: s.emergency_nip, nama: s.emergency_nama, instansi: s.emergency_instansi_kode }
          : null,
      };
    }),
    poolProvinsi: provincialPoolOf(run.summary),
    pengaturan: usedSettings(run),
  };
}

/** The coverage minimum and slate size a run used (its stored settings; rules.md §6 defaults otherwise). */
function usedSettings(run: { settings: unknown }) {
  const s = effectiveSettings(storedOverrides(run.settings));
  return { slateSize: s.slateSize, coverageMinEligible: s.coverageMinEligible };
}

/** The provincial pool a run drew on (stored with its summary), null when it drew on none. */
function provincialPoolOf(summary: unknown) {
  const pool = (summary as { provincialPool?: unknown } | null)?.provincialPool;
  return pool && typeof pool === 'object' ? pool : null;
}

/** Whether a stored run drew this key position's candidates from the provincial pool too. */
function slateDrewOnPool(run: { settings: unknown; summary: unknown }, jenjang: string) {
  return provincialPoolOf(run.summary) !== null && isPoolTarget(jenjang as Jenjang);
}

/** One key position's slate: candidates by rank, reason counts, coverage. */
export async function getSlate(db: Db, instansi: Instansi, kode: string) {
  const run = await currentRunOrThrow(db, instansi);
  const [slate] = await findSlates(db, instansi.id, run.id, kode);
  if (!slate)
    throw new AppError(
      'NOT_FOUND',
      `Jabatan kunci "${kode}" tidak ditemukan di rencana suksesi ${instansi.kode}.`,
    );
  const candidates = await findCandidates(db, instansi.id, run.id, slate.position_id);
  return {
    periode: run.periode,
    jabatan: { kode: slate.kode, nama: slate.nama, jenjang: slate.jenjang, unorNama: slate.unit_nama },
    memenuhiSyarat: slate.eligible_count,
    siapSekarang: slate.ready_now_count,
    tidakMemenuhiSyarat: slate.ineligible_count,
    tercakup: slate.covered,
    jumlahPerAlasan: slate.reason_counts,
    /** Candidates (and the reason counts) include the kabupaten/kota's people (rules.md §6 provincial pool). */
    dariPoolProvinsi: slateDrewOnPool(run, slate.jenjang),
    pengaturan: usedSettings(run),
    kandidat: candidates.map((c) => ({
      peringkat: c.peringkat,
      nipBaru: c.nip,
      nama: c.nama,
      /** The candidate's government when another than the slate's (provincial pool); null = own. */
      instansi: c.instansi_kode ? { kode: c.instansi_kode, nama: c.instansi_nama } : null,
      jabatanNama: c.jabatan_nama,
      unorNama: c.unit_nama,
      kotak: c.box,
      jpmTarget: round2(c.target_jpm),
      nilaiPotensial: round2(c.potential_score),
      nilaiKinerja: round2(c.performance_score),
      kesiapan: c.kesiapan,
      suksesorDarurat: c.darurat,
    })),
  };
}

/** Loads one key position of an instansi with its basis for the pure checks (explain, compare). */
async function loadPosition(db: Db, instansi: Instansi, kode: string) {
  const basis = await successionBasis(db, instansi.id);
  const positions = await loadKeyPositions(db, instansi.id, basis.rules);
  const position = positions.find((p) => p.kode === kode);
  if (!position)
    throw new AppError('NOT_FOUND', `Jabatan kunci "${kode}" tidak ditemukan di ${instansi.kode}.`);
  return { basis, position };
}

type PersonRef = { nip: string; employeeId: string; instansiId: number | null; instansiKode: string | null };

/**
 * The people behind NIPs for a key position: the instansi's own within the actor's scope; for a JPT key
 * position of a province drawing on the provincial pool, also its kabupaten/kota's people — only for an
 * actor who reaches the whole instansi (a unit head's or a Pegawai's scope is the own instansi's tree).
 */
async function resolvePeople(
  db: Db,
  instansi: Instansi,
  basis: SuccessionBasis,
  position: KeyPositionRow,
  nips: readonly string[],
  scope: PersonScope,
): Promise<PersonRef[]> {
  // Only the people the pool really draws (rules.md §6): active, at a level that can step up to this
  // position, in a kabupaten/kota whose latest published mapping is of the province's period. Anyone else
  // of a kabupaten answers as unknown, so a province reader cannot look up the kabupaten's staff.
  const pool =
    drawsOnProvincialPool(basis) &&
    isPoolTarget(position.jenjang) &&
    scope.employeeId === undefined &&
    scope.unitPath === undefined
      ? await drawingGovernments(db, instansi.id, basis.mapping.periode)
      : [];
  const levels = provincialPoolLevels([position]);
  return Promise.all(
    nips.map(async (nip) => {
      const own = await findPersonInScope(db, instansi.id, nip, scope);
      if (own) return { nip, employeeId: own.employeeId, instansiId: null, instansiKode: null };
      const drawn = await findPersonInGovernments(db, pool, nip, levels);
      if (drawn && isActive(drawn.kedudukan))
        return {
          nip,
          employeeId: drawn.employeeId,
          instansiId: drawn.instansiId,
          instansiKode: drawn.instansiKode,
        };
      throw new AppError('NOT_FOUND', `Pegawai ${nip} tidak ditemukan.`);
    }),
  );
}

/** The kabupaten/kota of a province that feed its pool for `periode` (rules.md §6). */
async function drawingGovernments(db: Db, provinceId: number, periode: number): Promise<number[]> {
  return (await findChildGovernments(db, provinceId))
    .filter((g) => feedsProvincialPool(g.mapping, periode))
    .map((g) => g.id);
}

/**
 * Loads people for the pure checks: the own with the instansi's published mapping, a drawn one with their
 * own government's latest published mapping (as the slates do); by employee id.
 */
async function loadPeople(db: Db, instansi: Instansi, basis: SuccessionBasis, refs: readonly PersonRef[]) {
  const { periode } = basis.mapping;
  const window = basis.context.settings.sanctionWindowYears;
  const byInstansi = new Map<number | null, string[]>();
  for (const r of refs) byInstansi.set(r.instansiId, [...(byInstansi.get(r.instansiId) ?? []), r.employeeId]);
  const out = new Map<string, SuccessionPerson>();
  for (const [instansiId, ids] of byInstansi) {
    let people: SuccessionPerson[];
    if (instansiId === null)
      people = await loadSuccessionPeople(db, instansi.id, basis.mapping.id, periode, window, ids);
    else {
      const mapping = await findLatestPublishedMapping(db, instansiId);
      // Resolved just before from a government with a published mapping; gone only if it changed since.
      if (!mapping) throw new AppError('NOT_FOUND', 'Pegawai tidak ditemukan.');
      people = await loadSuccessionPeople(db, instansiId, mapping.id, periode, window, ids, {});
    }
    for (const p of people) out.set(p.employeeId, p);
  }
  return out;
}

/** Why a person is (not) eligible for a key position: every failed check (rules.md §6), computed now. */
export async function explainEligibility(
  db: Db,
  instansi: Instansi,
  kode: string,
  nip: string,
  scope: PersonScope,
) {
  const { basis, position } = await loadPosition(db, instansi, kode);
  const [ref] = await resolvePeople(db, instansi, basis, position, [nip], scope);
  const person = (await loadPeople(db, instansi, basis, [ref!])).get(ref!.employeeId)!;
  const reasons = ineligibilityReasons(person, position, basis.context);
  const jpm = person.mapping ? targetJpm(person.mapping.competencies, position.standard) : null;
  return {
    periode: basis.mapping.periode,
    jabatan: { kode: position.kode, nama: position.nama, jenjang: position.jenjang },
    nipBaru: nip,
    /** The person's government when another than the key position's (provincial pool); null = own. */
    instansi: ref!.instansiKode,
    memenuhiSyarat: reasons.length === 0,
    alasan: reasons.map((r) => ({ kode: r, pesan: REASON_MESSAGES[r] })),
    jpmTarget: jpm === null ? null : round2(jpm),
    kesiapan:
      reasons.length === 0 && person.mapping && jpm !== null
        ? readinessOf(person.mapping.box, jpm, basis.context.settings)
        : null,
  };
}

/** Side-by-side comparison of up to 5 people against one key position (product.md §2.6). */
export async function compareCandidates(
  db: Db,
  instansi: Instansi,
  kode: string,
  nips: string[],
  scope: PersonScope,
) {
  if (nips.length < 1 || nips.length > 5)
    throw new AppError('VALIDATION', 'Bandingkan 1 sampai 5 pegawai (nip).');
  const { basis, position } = await loadPosition(db, instansi, kode);
  const refs = await resolvePeople(db, instansi, basis, position, nips, scope);
  const byId = await loadPeople(db, instansi, basis, refs);
  return {
    periode: basis.mapping.periode,
    jabatan: { kode: position.kode, nama: position.nama, jenjang: position.jenjang },
    pegawai: refs.map((r, i) => {
      const p = byId.get(r.employeeId)!;
      const reasons = ineligibilityReasons(p, position, basis.context);
      const jpm = p.mapping ? targetJpm(p.mapping.competencies, position.standard) : null;
      return {
        nipBaru: nips[i]!,
        instansi: r.instansiKode,
        jenjang: p.jenjang,
        golongan: p.golongan,
        pendidikan: p.pendidikan,
        kotak: p.mapping?.box ?? null,
        nilaiPotensial: p.mapping ? round2(p.mapping.potentialScore) : null,
        nilaiKinerja: p.mapping ? round2(p.mapping.performanceScore) : null,
        jpmTarget: jpm === null ? null : round2(jpm),
        memenuhiSyarat: reasons.length === 0,
        alasan: reasons,
        kesiapan:
          reasons.length === 0 && p.mapping && jpm !== null
            ? readinessOf(p.mapping.box, jpm, basis.context.settings)
            : null,
      };
    }),
  };
}

/** Bench strength of the current run and the vacancy forecast per year (5 years). */
export async function getBenchStrength(db: Db, instansi: Instansi) {
  const run = await currentRunOrThrow(db, instansi);
  const [slates, incumbents] = await Promise.all([
    findSlates(db, instansi.id, run.id),
    findIncumbents(db, instansi.id),
  ]);
  const forecasts = vacancyForecasts(slates, incumbents, run.periode);
  return {
    periode: run.periode,
    kekuatan: run.summary,
    lowonganPerTahun: vacanciesPerYear(forecasts, run.periode, 5),
  };
}
