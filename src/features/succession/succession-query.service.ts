import type { Db } from '../../db/client.js';
import type { Jenjang } from '../../domain/codes.js';
import { referenceDate } from '../../domain/dates.js';
import { isActive } from '../../domain/kedudukan.js';
import { birthDateFor } from '../../domain/retirement.js';
import { ineligibilityReasons } from '../../domain/succession/eligibility.js';
import { REASON_MESSAGES } from '../../domain/succession/rules.js';
import { readinessOf, targetJpm } from '../../domain/succession/slate.js';
import { forecastVacancies, vacanciesPerYear } from '../../domain/succession/vacancy.js';
import { AppError } from '../../platform/errors.js';
import type { PersonScope } from '../auth/policies/access.js';
import { loadKeyPositions, loadSuccessionPeople } from './succession-inputs.repository.js';
import { findCandidates, findCurrentRun, findIncumbents, findSlates } from './succession-runs.repository.js';
import { findPersonInScope } from './person-ref.repository.js';
import { successionBasis } from './succession.service.js';

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
        suksesorDarurat: s.emergency_nip ? { nipBaru: s.emergency_nip, nama: s.emergency_nama } : null,
      };
    }),
  };
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
    kandidat: candidates.map((c) => ({
      peringkat: c.peringkat,
      nipBaru: c.nip,
      nama: c.nama,
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

/** Loads one key position and some people of an instansi for the pure checks (explain, compare). */
async function loadFor(db: Db, instansi: Instansi, kode: string, employeeIds: string[]) {
  const basis = await successionBasis(db, instansi.id);
  const positions = await loadKeyPositions(db, instansi.id, basis.rules);
  const position = positions.find((p) => p.kode === kode);
  if (!position)
    throw new AppError('NOT_FOUND', `Jabatan kunci "${kode}" tidak ditemukan di ${instansi.kode}.`);
  const people = await loadSuccessionPeople(
    db,
    instansi.id,
    basis.mapping.id,
    basis.mapping.periode,
    basis.context.settings.sanctionWindowYears,
    employeeIds,
  );
  return { basis, position, people };
}

async function personOrThrow(db: Db, instansi: Instansi, nip: string, scope: PersonScope) {
  const ref = await findPersonInScope(db, instansi.id, nip, scope);
  if (!ref) throw new AppError('NOT_FOUND', `Pegawai ${nip} tidak ditemukan.`);
  return ref;
}

/** Why a person is (not) eligible for a key position: every failed check (rules.md §6), computed now. */
export async function explainEligibility(
  db: Db,
  instansi: Instansi,
  kode: string,
  nip: string,
  scope: PersonScope,
) {
  const ref = await personOrThrow(db, instansi, nip, scope);
  const { basis, position, people } = await loadFor(db, instansi, kode, [ref.employeeId]);
  const person = people[0]!;
  const reasons = ineligibilityReasons(person, position, basis.context);
  const jpm = person.mapping ? targetJpm(person.mapping.competencies, position.standard) : null;
  return {
    periode: basis.mapping.periode,
    jabatan: { kode: position.kode, nama: position.nama, jenjang: position.jenjang },
    nipBaru: nip,
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
  const refs = await Promise.all(nips.map((n) => personOrThrow(db, instansi, n, scope)));
  const { basis, position, people } = await loadFor(
    db,
    instansi,
    kode,
    refs.map((r) => r.employeeId),
  );
  const byId = new Map(people.map((p) => [p.employeeId, p]));
  return {
    periode: basis.mapping.periode,
    jabatan: { kode: position.kode, nama: position.nama, jenjang: position.jenjang },
    pegawai: refs.map((r, i) => {
      const p = byId.get(r.employeeId)!;
      const reasons = ineligibilityReasons(p, position, basis.context);
      const jpm = p.mapping ? targetJpm(p.mapping.competencies, position.standard) : null;
      return {
        nipBaru: nips[i]!,
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
