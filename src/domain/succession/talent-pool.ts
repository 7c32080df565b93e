import type { Jenjang } from '../codes.js';
import { monthsBetween, type IsoDate } from '../dates.js';
import { isActive } from '../kedudukan.js';
import { retirementDate } from '../retirement.js';
import type { SuccessionSanction } from './candidate.js';
import { hasMediumOrHeavySanction } from './eligibility.js';
import type { PoolLevel, SuccessionSettings } from './rules.js';

/**
 * The pool a person is prepared for (rules.md §4 "per job level"; PermenPANRB 3/2020: the KRS of a level
 * holds those one step below it): the target level of `JOB_STEP` that is not their own. JPT levels and
 * Fungsional Ahli Utama stay in the JPT pool.
 */
export const POOL_OF: Readonly<Record<Jenjang, PoolLevel>> = {
  JPT_UTAMA: 'JPT',
  JPT_MADYA: 'JPT',
  JPT_PRATAMA: 'JPT',
  FUNGSIONAL_AHLI_UTAMA: 'JPT',
  ADMINISTRATOR: 'JPT',
  FUNGSIONAL_AHLI_MADYA: 'JPT',
  PENGAWAS: 'ADMINISTRATOR',
  FUNGSIONAL_AHLI_MUDA: 'ADMINISTRATOR',
  PELAKSANA: 'PENGAWAS',
  FUNGSIONAL_AHLI_PERTAMA: 'PENGAWAS',
  FUNGSIONAL_KETERAMPILAN: 'PENGAWAS',
};

/** One mapped person of the latest published mapping, with what the pool rule reads. */
export interface PoolSource {
  readonly employeeId: string;
  readonly nip: string;
  readonly jenjang: Jenjang;
  readonly kedudukan: string | null;
  readonly box: number;
  readonly birthDate: IsoDate | null;
  readonly sanctions: readonly SuccessionSanction[];
}

export interface PoolProposal {
  readonly employeeId: string;
  readonly nip: string;
  readonly poolLevel: PoolLevel;
  readonly box: number;
  /** Retirement date at the current level's BUP; `null` when the birth date is unknown. */
  readonly retirementDate: IsoDate | null;
  /** Retiring within `poolRetirementFlagYears` (2) of the reference date: kept, but flagged (rules.md §4). */
  readonly retiringSoon: boolean;
}

/**
 * Why someone of boxes 7–9 is left out of the proposal (rules.md §4 "excluding …"), in rules.md order; all
 * that apply are kept.
 * - `HUKDIS_SEDANG_BERAT`: a medium or heavy sanction decided in Y−1 or Y (rules.md §4; PP 94/2021 levels).
 * - `TIDAK_AKTIF`: not active (rules.md §4, with section 2's definition of active).
 */
export const POOL_EXCLUSION_REASONS = ['HUKDIS_SEDANG_BERAT', 'TIDAK_AKTIF'] as const;
export type PoolExclusionReason = (typeof POOL_EXCLUSION_REASONS)[number];

/** Indonesian text of each exclusion (shown to the committee). */
export const POOL_EXCLUSION_MESSAGES: Readonly<Record<PoolExclusionReason, string>> = {
  HUKDIS_SEDANG_BERAT:
    'Dijatuhi hukuman disiplin sedang/berat pada tahun pemetaan atau tahun sebelumnya, sehingga tidak diusulkan.',
  TIDAK_AKTIF: 'Kedudukan kepegawaian tidak aktif, sehingga tidak diusulkan.',
};

type PoolRules = Pick<SuccessionSettings, 'sanctionWindowYears' | 'poolRetirementFlagYears'>;

/** Every exclusion of rules.md §4 that applies to a person for mapping year `year` (empty: none). */
export function poolExclusionReasons(
  person: Pick<PoolSource, 'kedudukan' | 'sanctions'>,
  year: number,
  settings: Pick<SuccessionSettings, 'sanctionWindowYears'>,
): PoolExclusionReason[] {
  const out: PoolExclusionReason[] = [];
  if (hasMediumOrHeavySanction(person.sanctions, year, settings.sanctionWindowYears))
    out.push('HUKDIS_SEDANG_BERAT');
  if (!isActive(person.kedudukan)) out.push('TIDAK_AKTIF');
  return out;
}

/**
 * Retirement of a pool member (rules.md §4 "members retiring within 2 years are kept but flagged"; date per
 * rules.md §5 at the BUP of the current level): the same for proposed members and those the committee added.
 */
export function poolRetirement(
  birthDate: IsoDate | null,
  jenjang: Jenjang,
  referenceDate: IsoDate,
  settings: Pick<SuccessionSettings, 'poolRetirementFlagYears'>,
): { retirementDate: IsoDate | null; retiringSoon: boolean } {
  const retirement = birthDate === null ? null : retirementDate(birthDate, jenjang);
  return {
    retirementDate: retirement,
    retiringSoon:
      retirement !== null && monthsBetween(referenceDate, retirement) < settings.poolRetirementFlagYears * 12,
  };
}

const POOL_ORDER = { JPT: 0, ADMINISTRATOR: 1, PENGAWAS: 2 } as const;
/** Pool level, box (desc), NIP. */
const byPoolBoxNip = (
  a: { poolLevel: PoolLevel; box: number; nip: string },
  b: { poolLevel: PoolLevel; box: number; nip: string },
) =>
  POOL_ORDER[a.poolLevel] - POOL_ORDER[b.poolLevel] ||
  b.box - a.box ||
  (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0);

/**
 * Proposed talent pool (rules.md §4): boxes 7, 8 and 9 of the latest published mapping, excluding anyone
 * with a medium or heavy sanction decided in Y−1 or Y (HUKDIS_SEDANG_BERAT) and anyone not active; those
 * retiring within 2 years are kept and flagged. Sorted by pool level, box (desc), NIP.
 */
export function proposeTalentPool(
  people: readonly PoolSource[],
  year: number,
  referenceDate: IsoDate,
  settings: PoolRules,
): PoolProposal[] {
  const out: PoolProposal[] = [];
  for (const p of people) {
    if (p.box < 7 || poolExclusionReasons(p, year, settings).length > 0) continue;
    out.push({
      employeeId: p.employeeId,
      nip: p.nip,
      poolLevel: POOL_OF[p.jenjang],
      box: p.box,
      ...poolRetirement(p.birthDate, p.jenjang, referenceDate, settings),
    });
  }
  return out.sort(byPoolBoxNip);
}

export interface PoolExclusion {
  readonly employeeId: string;
  readonly nip: string;
  readonly poolLevel: PoolLevel;
  readonly box: number;
  readonly reasons: readonly PoolExclusionReason[];
}

/**
 * The people of boxes 7–9 whom rules.md §4 leaves out of the proposal, with every reason, so the committee
 * sees who the rule removed (it may still add them, with a reason). Same order as the proposal.
 */
export function excludedFromPool(
  people: readonly PoolSource[],
  year: number,
  settings: Pick<SuccessionSettings, 'sanctionWindowYears'>,
): PoolExclusion[] {
  const out: PoolExclusion[] = [];
  for (const p of people) {
    if (p.box < 7) continue;
    const reasons = poolExclusionReasons(p, year, settings);
    if (reasons.length > 0)
      out.push({ employeeId: p.employeeId, nip: p.nip, poolLevel: POOL_OF[p.jenjang], box: p.box, reasons });
  }
  return out.sort(byPoolBoxNip);
}

/** A committee decision on pool membership (rules.md §4): confirm, add with a reason, remove with a reason. */
export const POOL_DECISIONS = ['KONFIRMASI', 'TAMBAH', 'KELUARKAN'] as const;
export type PoolDecisionKind = (typeof POOL_DECISIONS)[number];

export interface PoolDecision {
  readonly employeeId: string;
  readonly poolLevel: PoolLevel;
  readonly keputusan: PoolDecisionKind;
  /** Order of the decisions (a later one supersedes an earlier one for the same person and pool). */
  readonly seq: number;
}

export type MembershipStatus = 'USULAN' | 'DIKONFIRMASI' | 'DITAMBAHKAN' | 'DIKELUARKAN';

export interface PoolMember {
  readonly employeeId: string;
  readonly poolLevel: PoolLevel;
  readonly proposed: boolean;
  readonly status: MembershipStatus;
  /** In the pool: proposed and not removed, or added. */
  readonly member: boolean;
}

/**
 * Current membership (rules.md §4): the proposal, with the latest decision per person and pool applied.
 * Everyone proposed or decided on appears once per pool, with `member` telling whether they are in it.
 */
export function poolMembership(
  proposal: readonly Pick<PoolProposal, 'employeeId' | 'poolLevel'>[],
  decisions: readonly PoolDecision[],
): PoolMember[] {
  const key = (employeeId: string, level: PoolLevel) => `${level}|${employeeId}`;
  const latest = new Map<string, PoolDecision>();
  for (const d of decisions) {
    const k = key(d.employeeId, d.poolLevel);
    const prev = latest.get(k);
    if (!prev || d.seq > prev.seq) latest.set(k, d);
  }
  const proposed = new Set(proposal.map((p) => key(p.employeeId, p.poolLevel)));
  const out: PoolMember[] = [];
  const seen = new Set<string>();
  const push = (employeeId: string, poolLevel: PoolLevel) => {
    const k = key(employeeId, poolLevel);
    if (seen.has(k)) return;
    seen.add(k);
    const d = latest.get(k);
    const wasProposed = proposed.has(k);
    const status: MembershipStatus =
      d === undefined
        ? 'USULAN'
        : d.keputusan === 'KELUARKAN'
          ? 'DIKELUARKAN'
          : d.keputusan === 'TAMBAH'
            ? 'DITAMBAHKAN'
            : 'DIKONFIRMASI';
    const member =
      d === undefined
        ? wasProposed
        : d.keputusan !== 'KELUARKAN' && (wasProposed || d.keputusan === 'TAMBAH');
    out.push({ employeeId, poolLevel, proposed: wasProposed, status, member });
  };
  for (const p of proposal) push(p.employeeId, p.poolLevel);
  for (const d of decisions) push(d.employeeId, d.poolLevel);
  return out;
}
