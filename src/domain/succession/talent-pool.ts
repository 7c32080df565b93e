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
 * Proposed talent pool (rules.md §4): boxes 7, 8 and 9 of the latest published mapping, excluding anyone
 * with a medium or heavy sanction decided in Y−1 or Y (HUKDIS_SEDANG_BERAT) and anyone not active; those
 * retiring within 2 years are kept and flagged. Sorted by pool level, box (desc), NIP.
 */
export function proposeTalentPool(
  people: readonly PoolSource[],
  year: number,
  referenceDate: IsoDate,
  settings: Pick<SuccessionSettings, 'sanctionWindowYears' | 'poolRetirementFlagYears'>,
): PoolProposal[] {
  const out: PoolProposal[] = [];
  for (const p of people) {
    if (p.box < 7 || !isActive(p.kedudukan)) continue;
    if (hasMediumOrHeavySanction(p.sanctions, year, settings.sanctionWindowYears)) continue;
    const retirement = p.birthDate === null ? null : retirementDate(p.birthDate, p.jenjang);
    out.push({
      employeeId: p.employeeId,
      nip: p.nip,
      poolLevel: POOL_OF[p.jenjang],
      box: p.box,
      retirementDate: retirement,
      retiringSoon:
        retirement !== null &&
        monthsBetween(referenceDate, retirement) < settings.poolRetirementFlagYears * 12,
    });
  }
  const order = { JPT: 0, ADMINISTRATOR: 1, PENGAWAS: 2 } as const;
  return out.sort(
    (a, b) =>
      order[a.poolLevel] - order[b.poolLevel] ||
      b.box - a.box ||
      (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0),
  );
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
