import type { Education, Jenjang } from '../codes.js';
import { monthsBetween, yearOf, type IsoDate } from '../dates.js';
import { isEducationAtLeast } from '../education.js';
import { isRankAtLeast, parsePnsRank } from '../golongan.js';
import { isActive } from '../kedudukan.js';
import { retirementDate } from '../retirement.js';
import type { HeldPosition, KeyPosition, SuccessionPerson, SuccessionSanction } from './candidate.js';
import {
  INELIGIBILITY_REASONS,
  JPT_TARGETS,
  STRUCTURAL_TARGETS,
  allowedSources,
  minimumEducationOf,
  type IneligibilityReason,
  type SuccessionSettings,
} from './rules.js';

/** What the checks need besides the person and the position. */
export interface EligibilityContext {
  /** The mapping year Y; the reference date is 31 Dec Y (rules.md preamble). */
  readonly year: number;
  readonly referenceDate: IsoDate;
  readonly settings: SuccessionSettings;
  /** Minimum education per level of the mapping's rule set (rules.md §5). */
  readonly minimumEducation: Readonly<Record<Jenjang, Education>>;
}

/** Job step (rules.md §6): the current level is one the target level can be reached from. */
export function passesJobStep(current: Jenjang, target: Jenjang): boolean {
  return allowedSources(target).includes(current);
}

/**
 * Rank (rules.md §6): at least the position's minimum, else the level's default. A PPPK grade is not
 * compared with ranks (passes; the employment check decides). A PNS whose rank is unknown fails.
 */
export function passesRank(
  person: SuccessionPerson,
  target: KeyPosition,
  settings: SuccessionSettings,
): boolean {
  if (person.employmentType === 'PPPK') return true;
  const minimum =
    (target.minGolongan === null ? null : parsePnsRank(target.minGolongan)) ??
    settings.minimumRank[target.jenjang] ??
    null;
  if (minimum === null) return true;
  const rank = person.golongan === null ? null : parsePnsRank(person.golongan);
  return rank !== null && isRankAtLeast(rank, minimum);
}

/** Education (rules.md §6, §5 order): at least the target's minimum; unknown fails. */
export function passesEducation(
  pendidikan: Education | null,
  target: KeyPosition,
  byLevel: Readonly<Record<Jenjang, Education>>,
): boolean {
  const minimum = minimumEducationOf(target.minPendidikan, target.jenjang, byLevel);
  return pendidikan !== null && isEducationAtLeast(pendidikan, minimum);
}

/**
 * Start of the unbroken run at the current level (rules.md §6 experience): the position history plus the
 * current position, latest first; the earliest `tmtJabatan` of the consecutive positions at the current
 * level that end with the current one. History dated after the current `tmtJabatan` is ignored (the current
 * position is the latest). Without history, the current `tmtJabatan`; `null` when nothing is dated.
 */
export function levelRunStart(
  jenjang: Jenjang,
  tmtJabatan: IsoDate | null,
  history: readonly HeldPosition[],
): IsoDate | null {
  const held: HeldPosition[] = history.filter((h) => tmtJabatan === null || h.tmtJabatan <= tmtJabatan);
  if (tmtJabatan !== null) held.push({ jenjang, tmtJabatan });
  held.sort((a, b) => (a.tmtJabatan < b.tmtJabatan ? 1 : a.tmtJabatan > b.tmtJabatan ? -1 : 0));
  let start: IsoDate | null = null;
  for (const h of held) {
    if (h.jenjang !== jenjang) break;
    start = h.tmtJabatan;
  }
  return start;
}

/** Whole months at the current level at the reference date; `null` when unknown. */
export function monthsInLevel(person: SuccessionPerson, referenceDate: IsoDate): number | null {
  const start = levelRunStart(person.jenjang, person.tmtJabatan, person.positionHistory);
  return start === null ? null : monthsBetween(start, referenceDate);
}

/** Experience (rules.md §6): years (whole months ÷ 12) in the current level ≥ the target's requirement. */
export function passesExperience(
  person: SuccessionPerson,
  target: KeyPosition,
  context: Pick<EligibilityContext, 'referenceDate' | 'settings'>,
): boolean {
  const required = context.settings.experienceYears[target.jenjang] ?? 0;
  if (required <= 0) return true;
  const months = monthsInLevel(person, context.referenceDate);
  return months !== null && months >= required * 12;
}

/** A medium or heavy sanction decided in Y−n+1 … Y (rules.md §4, §6: Y−1 and Y). */
export function hasMediumOrHeavySanction(
  sanctions: readonly SuccessionSanction[],
  year: number,
  windowYears: number,
): boolean {
  return sanctions.some((s) => {
    const y = yearOf(s.tanggalSk);
    return s.tingkat !== 'RINGAN' && y > year - windowYears && y <= year;
  });
}

/**
 * Serving a sanction at the reference date: its period (tmtMulai … tmtSelesai) contains the date. A
 * sanction with no recorded end is not counted as being served (rules.md does not say; it cannot be known).
 */
export function isServingSanction(sanctions: readonly SuccessionSanction[], referenceDate: IsoDate): boolean {
  return sanctions.some(
    (s) =>
      s.tmtSelesai !== null && s.tmtSelesai >= referenceDate && (s.tmtMulai ?? s.tanggalSk) <= referenceDate,
  );
}

/**
 * Retirement (rules.md §6): at least `retirementBufferYears` (2) from the reference date to the retirement
 * date at the **target** level's BUP. An unknown birth date fails (it cannot be shown).
 */
export function passesRetirement(
  birthDate: IsoDate | null,
  target: Jenjang,
  referenceDate: IsoDate,
  bufferYears: number,
): boolean {
  if (birthDate === null) return false;
  return monthsBetween(referenceDate, retirementDate(birthDate, target)) >= bufferYears * 12;
}

/** Employment (rules.md §6): PNS for structural targets; PPPK too for JPT targets when the setting says. */
export function passesEmployment(
  person: SuccessionPerson,
  target: Jenjang,
  settings: SuccessionSettings,
): boolean {
  if (person.employmentType === 'PNS' || !STRUCTURAL_TARGETS.has(target)) return true;
  return settings.pppkForJpt && JPT_TARGETS.has(target);
}

/**
 * Every check of rules.md §6 for one person and one key position: all failures, in table order; empty when
 * eligible.
 */
export function ineligibilityReasons(
  person: SuccessionPerson,
  target: KeyPosition,
  context: EligibilityContext,
): IneligibilityReason[] {
  const { settings, referenceDate } = context;
  const failed = new Set<IneligibilityReason>();
  if (!passesJobStep(person.jenjang, target.jenjang)) failed.add('JENJANG_TIDAK_SESUAI');
  if (!passesRank(person, target, settings)) failed.add('PANGKAT_KURANG');
  if (!passesEducation(person.pendidikan, target, context.minimumEducation)) failed.add('PENDIDIKAN_KURANG');
  if (!passesExperience(person, target, context)) failed.add('PENGALAMAN_KURANG');
  if (
    hasMediumOrHeavySanction(person.sanctions, context.year, settings.sanctionWindowYears) ||
    isServingSanction(person.sanctions, referenceDate)
  )
    failed.add('HUKDIS');
  if (!passesRetirement(person.birthDate, target.jenjang, referenceDate, settings.retirementBufferYears))
    failed.add('MENJELANG_PENSIUN');
  if (!isActive(person.kedudukan)) failed.add('TIDAK_AKTIF');
  if (person.positionId !== null && person.positionId === target.positionId) failed.add('PEMANGKU_JABATAN');
  if (!passesEmployment(person, target.jenjang, settings)) failed.add('BUKAN_PNS');
  if (person.mapping === null) failed.add('BELUM_DIPETAKAN');
  return INELIGIBILITY_REASONS.filter((r) => failed.has(r));
}
