import { fromMonthIndex, iso, daysInMonth, monthIndex } from './calendar.js';
import type { SizedInstansiSpec } from './kalteng.js';
import { LEVELS, GOLONGAN, entryGolongan, pppkGrade, regularCeiling, type LevelInfo } from './levels.js';
import { personName, type Sex } from './names.js';
import type { Slot } from './positions.js';
import type { Rng } from './prng.js';
import { educationRank, titlesFor, type Education, type Field } from './titles.js';

/**
 * One employee, built so that every field agrees with the others: the NIP spells the birth date, TMT CPNS
 * and sex; the rank follows the entry education and tenure within the range of the job level; titles
 * follow the education and field. Latent `performance` and `potential` traits (≈ standard normal) drive
 * the SKP ratings and assessment scores generated later, so that a 9-box spread emerges.
 */
export interface Person {
  id: string;
  nip: string;
  nama: string;
  sex: Sex;
  birth: string;
  tmtCpns: string;
  pppk: boolean;
  kedudukan: string | null;
  slot: Slot;
  info: LevelInfo;
  education: Education | null;
  entryEducation: Education;
  field: Field;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  /** PNS rank steps (golongan index and TMT), oldest first; for PPPK one step with the grade. */
  ranks: { golongan: string; tmt: string }[];
  tmtJabatan: string;
  performance: number;
  potential: number;
}

const SIASN_EDUCATION: Record<Education, string> = {
  SD: 'SD',
  SMP: 'SLTP',
  SMA: 'SLTA',
  D1: 'Diploma I',
  D2: 'Diploma II',
  D3: 'Diploma III',
  D4: 'Diploma IV',
  S1: 'S-1/Sarjana',
  S2: 'S-2',
  S3: 'S-3/Doktor',
};

/** The age at which a degree is usually finished, and so the earliest appointment age with it. */
const MIN_HIRE_AGE: Record<Education, number> = {
  SD: 19,
  SMP: 19,
  SMA: 19,
  D1: 20,
  D2: 21,
  D3: 21,
  D4: 22,
  S1: 22,
  S2: 24,
  S3: 28,
};

/** PPPK appointment rounds 2021–2025 and their usual TMT months. */
const PPPK_YEARS = [2021, 2022, 2023, 2024, 2025];
const PPPK_YEAR_WEIGHTS = [0.22, 0.25, 0.2, 0.18, 0.15];
const PPPK_MONTHS = [1, 3, 4, 7, 10];
/** SIASN kedudukan of PNS outside a post: a few retired, on study leave, or left empty (= active). */
const KEDUDUKAN = ['Aktif', 'Pensiun', 'Tugas Belajar', null] as const;
const KEDUDUKAN_WEIGHTS = [0.986, 0.005, 0.003, 0.006];

export function siasnEducationName(e: Education): string {
  return SIASN_EDUCATION[e];
}

function pickEducation(rng: Rng, slot: Slot): Education {
  const { position } = slot;
  const fam = position.family;
  if (slot.pppk) {
    if (position.pelaksana) return rng.weighted(position.pelaksana.education);
    return position.level === 'TERAMPIL'
      ? 'D3'
      : fam?.key === 'bidan'
        ? 'D4'
        : rng.chance(0.95)
          ? 'S1'
          : 'S2';
  }
  if (position.pelaksana) return rng.weighted(position.pelaksana.education);
  const expert = position.jenjang.startsWith('FUNGSIONAL_AHLI');
  if (fam?.expertEducation && expert) {
    // Hospitals employ the specialists.
    if (fam.key === 'dokter' && position.unit.profile === 'rsud') return rng.chance(0.5) ? 'S2' : 'S1';
    return rng.weighted(fam.expertEducation);
  }
  return rng.weighted(LEVELS[position.level].education);
}

/** Studies behind the education: the family's field, or for managers mostly their OPD's field. */
function pickField(rng: Rng, slot: Slot): Field {
  const { position } = slot;
  if (position.family) return rng.pick(position.family.fields);
  if (position.pelaksana)
    return rng.chance(0.6) ? position.pelaksana.field : rng.pick(['umum', 'ekonomi', 'sosial']);
  return rng.chance(0.7) ? position.unit.field : rng.pick(['pemerintahan', 'ekonomi', 'hukum', 'sosial']);
}

/** Many graduates joined with a lower degree and studied on while serving. */
function pickEntryEducation(rng: Rng, edu: Education, age: number): Education {
  if ((edu === 'S2' || edu === 'S3') && rng.chance(0.75)) return 'S1';
  if (edu === 'S1' && age > 40 && rng.chance(0.2)) return rng.chance(0.6) ? 'SMA' : 'D3';
  if (edu === 'D3' && rng.chance(0.08)) return 'SMA';
  return edu;
}

function femaleShare(slot: Slot): number {
  const { position } = slot;
  if (position.family) return position.family.female;
  return position.pelaksana ? 0.45 : 0.3;
}

export interface PersonContext {
  spec: SizedInstansiSpec;
  year: number;
  nips: Set<string>;
}

/** Serial digits that keep the NIP unique in the instansi (BKN hands them out per appointment batch). */
function uniqueNumber(rng: Rng, prefix: string, nips: Set<string>): string {
  let serial = rng.int(1, 40);
  for (let tries = 0; tries < 999; tries++) {
    const nip = prefix + String(serial).padStart(3, '0');
    if (!nips.has(nip)) {
      nips.add(nip);
      return nip;
    }
    serial = (serial % 999) + 1;
  }
  throw new Error(`Nomor urut NIP habis untuk ${prefix}`);
}

export function makePerson(rng: Rng, slot: Slot, ctx: PersonContext): Person {
  const { year } = ctx;
  const info = LEVELS[slot.position.level];
  const refMonth = year * 12 + 11;
  const sex: Sex = rng.chance(femaleShare(slot)) ? 'P' : 'L';
  const education = pickEducation(rng, slot);
  const field = pickField(rng, slot);
  const pppk = slot.pppk;
  let age = Math.round(
    pppk
      ? rng.normalIn(37, 7, 24, info.bup - 1)
      : rng.normalIn(info.ageMean, info.ageSd, info.ageMin, info.bup - 1),
  );
  const entryEducation = pppk ? education : pickEntryEducation(rng, education, age);
  const minHire = Math.max(MIN_HIRE_AGE[entryEducation], field === 'kedokteran' ? 25 : 0);
  // Appointed at 19–35 and long enough ago to hold the level; the −1 keeps TMT CPNS inside the reference year.
  if (!pppk && age - 1 - info.minTenure < minHire) age = Math.min(info.bup - 1, minHire + 1 + info.minTenure);
  const maxHire = Math.max(minHire, Math.min(34, age - 1 - (pppk ? 0 : info.minTenure)));
  const birthYear = year - age;
  const birthMonth = rng.int(1, 12);
  const birth = iso(birthYear, birthMonth, rng.int(1, daysInMonth(birthYear, birthMonth)));
  const sexDigit = sex === 'L' ? '1' : '2';
  let tmtCpns: string;
  let nip: string;
  if (pppk) {
    // PPPK rounds of 2021–2025; their number is 18 digits with "21" where a NIP has the month.
    const y = Math.min(year, rng.choice(PPPK_YEARS, PPPK_YEAR_WEIGHTS));
    tmtCpns = iso(Math.max(y, birthYear + 20), rng.pick(PPPK_MONTHS), 1);
    nip = uniqueNumber(rng, `${birth.replace(/-/g, '')}${tmtCpns.slice(0, 4)}21${sexDigit}`, ctx.nips);
  } else {
    const hire = rng.int(
      minHire,
      Math.max(minHire, Math.min(maxHire, minHire + Math.round(Math.abs(rng.normal(0, 4))))),
    );
    // A month or more after the birthday, so the whole-year age at TMT is `hire` (19–34).
    const m = Math.min(refMonth, monthIndex(birth) + hire * 12 + rng.int(1, 11));
    tmtCpns = fromMonthIndex(m, 1);
    nip = uniqueNumber(
      rng,
      `${birth.replace(/-/g, '')}${tmtCpns.slice(0, 4)}${tmtCpns.slice(5, 7)}${sexDigit}`,
      ctx.nips,
    );
  }
  const tmtMonth = monthIndex(tmtCpns);
  const isCpns = !pppk && refMonth - tmtMonth < 12;
  const ranks = pppk
    ? [{ golongan: pppkGrade(education), tmt: tmtCpns }]
    : rankSteps(rng, slot, info, entryEducation, education, tmtMonth, refMonth, isCpns);
  const months = refMonth - tmtMonth;
  // Managers and senior functionals reached their post after the tenure their level needs.
  const maxIn = Math.min(info.maxYearsInPosition * 12, Math.max(1, months - info.minTenure * 12));
  const inPosition = isCpns || months <= 1 ? months : rng.int(1, maxIn);
  const tmtJabatan = inPosition === months ? tmtCpns : fromMonthIndex(refMonth - inPosition, rng.int(1, 28));
  const kedudukan = pppk
    ? 'PPPK Aktif'
    : isCpns
      ? 'CPNS'
      : slot.position.eselon
        ? 'Aktif'
        : rng.choice(KEDUDUKAN, KEDUDUKAN_WEIGHTS);
  const unknownEducation = rng.chance(0.003);
  const t = titlesFor(rng, education, field, birthYear + 22);
  const performance = rng.normal();
  return {
    id: rng.uuid(),
    nip,
    nama: personName(rng, ctx.spec.names, sex),
    sex,
    birth,
    tmtCpns,
    pppk,
    kedudukan,
    slot,
    info,
    education: unknownEducation ? null : education,
    entryEducation,
    field,
    gelarDepan: t.gelarDepan,
    gelarBelakang: t.gelarBelakang,
    ranks,
    tmtJabatan,
    performance,
    // Mildly correlated with performance; managers were selected, so a little higher.
    potential: 0.3 * performance + rng.normal(0, 0.95) + (slot.position.eselon ? 0.25 : 0),
  };
}

/**
 * Rank steps from the entry rank to the current one. The current rank follows tenure (a regular promotion
 * about every four years) clamped into the level's range; pelaksana stop at their education's ceiling.
 */
function rankSteps(
  rng: Rng,
  slot: Slot,
  info: LevelInfo,
  entryEdu: Education,
  edu: Education,
  tmtMonth: number,
  refMonth: number,
  isCpns: boolean,
): { golongan: string; tmt: string }[] {
  const entry = entryGolongan(entryEdu);
  const tenure = (refMonth - tmtMonth) / 12;
  let current = isCpns ? entry : entry + Math.floor(tenure / 4.2 + rng.normal(0, 0.4));
  if (slot.position.level === 'PELAKSANA') {
    current = Math.max(
      entry,
      Math.min(current, regularCeiling(educationRank(edu) >= educationRank(entryEdu) ? edu : entryEdu)),
    );
  } else if (!isCpns) {
    current = Math.min(Math.max(current, info.rank[0]), info.rank[1]);
  }
  current = Math.max(0, Math.min(GOLONGAN.length - 1, current));
  const steps: { golongan: string; tmt: string }[] = [
    { golongan: GOLONGAN[entry] ?? 'III/a', tmt: fromMonthIndex(tmtMonth) },
  ];
  const n = current - entry;
  if (n <= 0) {
    if (n < 0) steps[0] = { golongan: GOLONGAN[current] ?? 'III/a', tmt: fromMonthIndex(tmtMonth) };
    return steps;
  }
  const span = refMonth - tmtMonth;
  // The last promotion within the last four years; the earlier ones spread evenly before it.
  const last = Math.max(tmtMonth + n, refMonth - rng.int(0, Math.min(48, Math.max(0, span - n))));
  const gap = (last - tmtMonth) / n;
  for (let i = 1; i <= n; i++) {
    const m = i === n ? last : tmtMonth + Math.max(i, Math.round(i * gap));
    steps.push({ golongan: GOLONGAN[entry + i] ?? 'IV/e', tmt: fromMonthIndex(Math.min(m, refMonth)) });
  }
  return steps;
}
